using CodeMySpec.TestSupport;
using Npgsql;

namespace CodeMySpec.Silo.Tests.Fixtures;

/// <summary>Fresh databases on the test process's PostgreSQL, empty or migrated by the real Silo command.</summary>
public static class Databases
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    public static async Task<string> EmptyAsync() => await (await PostgresServer.GetAsync()).CreateDatabaseAsync("silo");

    public static async Task<string> MigratedAsync()
    {
        var connectionString = await EmptyAsync();
        var migrate = await SiloProcess.RunToExitAsync(["migrate"], Environment(connectionString), CommandTimeout);
        Assert.True(migrate.ExitCode == 0, migrate.Output);
        return connectionString;
    }

    public static Dictionary<string, string?> Environment(string connectionString) =>
        SiloProcess.Environment(connectionString, "c" + Guid.NewGuid().ToString("N")[..10], "silo-" + Guid.NewGuid().ToString("N")[..6]);

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
