using CodeMySpec.Silo.Hosting;
using Npgsql;

namespace CodeMySpec.Silo.Tests.Hosting;

public sealed class ServiceDataSourceTests
{
    [Fact]
    public async Task Create_WhenTheConnectionStringIsSilentOnPreparation_PreparesStatements()
    {
        await using var dataSource = ServiceDataSource.Create(new NpgsqlConnectionStringBuilder("Host=db;Database=codemyspec"));

        Assert.Equal(ServiceDataSource.MaxAutoPrepare, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("MaxAutoPrepare=7", 7)]
    public async Task Create_WhenTheConnectionStringSetsMaxAutoPrepare_KeepsIt(string setting, int expected)
    {
        await using var dataSource = ServiceDataSource.Create(new NpgsqlConnectionStringBuilder($"Host=db;Database=codemyspec;{setting}"));

        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxAutoPrepare);
    }
}
