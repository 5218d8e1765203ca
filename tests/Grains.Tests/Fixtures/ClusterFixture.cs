using CodeMySpec.Silo.Hosting;
using CodeMySpec.Silo.Migrations;
using CodeMySpec.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.TestingHost;

namespace CodeMySpec.Grains.Tests.Fixtures;

/// <summary>
/// Two in-process silos whose grain state is in a freshly migrated PostgreSQL database, stored exactly as
/// the service stores it. Tests use fresh GUID keys, so they share the cluster without interfering.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private const string ConnectionStringKey = "CodeMySpecTests:Postgres";

    public static ManualClock Clock { get; } = new();

    public TestCluster Cluster { get; private set; } = null!;

    public NpgsqlDataSource Database { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("grains");
        Database = NpgsqlDataSource.Create(connectionString);
        await new SchemaMigrator(Database).MigrateAsync();

        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.Properties[ConnectionStringKey] = connectionString;
        builder.AddSiloBuilderConfigurator<PostgresSilo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class PostgresSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connectionString = siloBuilder.Configuration[ConnectionStringKey]!;
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.AddCodeMySpecGrainServices(NpgsqlDataSource.Create(connectionString));
        }
    }
}
