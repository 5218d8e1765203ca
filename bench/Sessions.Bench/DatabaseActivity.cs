using Npgsql;

namespace CodeMySpec.Bench.Sessions;

/// <summary>What the database did, from pg_stat_database: committed transactions and rows written, to count them per step.</summary>
internal sealed record DatabaseActivity(long Commits, long RowsWritten)
{
    public static async Task<DatabaseActivity> ReadAsync(NpgsqlDataSource dataSource)
    {
        // Backends report their counters about once a second; wait that out so a reading covers the run before it.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using var command = dataSource.CreateCommand(
            "SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = current_database()");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new DatabaseActivity(reader.GetInt64(0), reader.GetInt64(1));
    }

    public static DatabaseActivity operator -(DatabaseActivity after, DatabaseActivity before) =>
        new(after.Commits - before.Commits, after.RowsWritten - before.RowsWritten);

    /// <summary>The stored sizes of the session and session-index states (bytes of their JSON), to see what each write carries.</summary>
    public static async Task<string> StateSizesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT grain_type, count(*), avg(octet_length(payload::text))::bigint, max(octet_length(payload::text))
            FROM orleans_grain_state WHERE grain_type LIKE 'session%' GROUP BY grain_type ORDER BY grain_type
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add($"{reader.GetString(0)}: {reader.GetInt64(1):N0} rows, JSON avg {reader.GetInt64(2):N0} B, max {reader.GetInt32(3):N0} B");
        }

        return string.Join("; ", lines);
    }
}
