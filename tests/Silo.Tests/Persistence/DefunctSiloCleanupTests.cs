using CodeMySpec.Silo.Migrations;
using CodeMySpec.Silo.Tests.Fixtures;
using Npgsql;

namespace CodeMySpec.Silo.Tests.Persistence;

/// <summary>Orleans periodically deletes rows of silos long dead; it must never take a live or a recently dead one.</summary>
public sealed class DefunctSiloCleanupTests : IAsyncLifetime
{
    private NpgsqlDataSource _database = null!;

    public async Task InitializeAsync()
    {
        _database = NpgsqlDataSource.Create(await Databases.EmptyAsync());
        await new SchemaMigrator(_database).MigrateAsync();
        await ExecuteAsync("INSERT INTO orleans_membership_version (deployment_id) VALUES ('c')");
        var longAgo = DateTime.UtcNow.AddDays(-8);
        await InsertSiloAsync(port: 1, status: 6, lastAlive: longAgo);           // dead a week ago
        await InsertSiloAsync(port: 2, status: 6, lastAlive: DateTime.UtcNow);    // just died
        await InsertSiloAsync(port: 3, status: 3, lastAlive: longAgo);           // active, however quiet
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("CleanupDefunctSiloEntriesKey")]
    [InlineData("CleanupDefunctSiloEntryKey")]
    public async Task Cleanup_RemovesOnlySilosDeadBeforeTheCutoff(string queryKey)
    {
        var query = await ScalarAsync<string>($"SELECT querytext FROM orleansquery WHERE querykey = '{queryKey}'");
        await using var command = _database.CreateCommand(query);
        command.Parameters.AddWithValue("DeploymentId", "c");
        command.Parameters.AddWithValue("IAmAliveTime", DateTime.UtcNow.AddDays(-7));
        if (queryKey == "CleanupDefunctSiloEntryKey")
        {
            // The per-row form names the exact row the provider read: the week-old dead silo.
            var row = await ReadRowAsync(port: 1);
            command.Parameters.AddWithValue("Address", "127.0.0.1");
            command.Parameters.AddWithValue("Port", 1);
            command.Parameters.AddWithValue("Generation", 1);
            command.Parameters.AddWithValue("StartTime", row.StartTime);
            command.Parameters["IAmAliveTime"].Value = row.IAmAliveTime;
            command.Parameters.AddWithValue("SuspectTimes", DBNull.Value);
        }

        await command.ExecuteNonQueryAsync();

        Assert.Equal("2,3", await ScalarAsync<string>("SELECT string_agg(port::text, ',' ORDER BY port) FROM orleans_membership"));
    }

    private async Task InsertSiloAsync(int port, int status, DateTime lastAlive)
    {
        await using var command = _database.CreateCommand("""
            INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
            VALUES ('c', '127.0.0.1', $1, 1, 's' || $1, 'h', $2, 0, $3, $3)
            """);
        command.Parameters.AddWithValue(port);
        command.Parameters.AddWithValue(status);
        command.Parameters.AddWithValue(lastAlive.AddMinutes(-1));
        await command.ExecuteNonQueryAsync();
    }

    private async Task<(DateTime StartTime, DateTime IAmAliveTime)> ReadRowAsync(int port)
    {
        await using var command = _database.CreateCommand("SELECT start_time, i_am_alive_time FROM orleans_membership WHERE port = $1");
        command.Parameters.AddWithValue(port);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDateTime(0), reader.GetDateTime(1));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = _database.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
