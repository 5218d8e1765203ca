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

    /// <summary>
    /// Starts counting statements (pg_stat_statements, when the server preloads it) so that <see cref="StatementsAsync"/>
    /// can say where a step's commits come from. False when the server does not have it.
    /// </summary>
    public static async Task<bool> ResetStatementsAsync(NpgsqlDataSource dataSource)
    {
        await using var loaded = dataSource.CreateCommand("SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%'");
        if (await loaded.ExecuteScalarAsync() is not true)
        {
            return false;
        }

        try
        {
            await using var create = dataSource.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            await create.ExecuteNonQueryAsync();
            await using var reset = dataSource.CreateCommand("SELECT pg_stat_statements_reset()");
            await reset.ExecuteNonQueryAsync();
            return true;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    /// <summary>The most frequent statements since the reset, as calls per step, with the start of their text.</summary>
    public static async Task<string> StatementsAsync(NpgsqlDataSource dataSource, long steps)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT calls, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
            FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query NOT LIKE '%pg_stat_%'
            ORDER BY calls DESC LIMIT 14
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add($"    {(double)reader.GetInt64(0) / steps,6:0.00} calls/step  {(double)reader.GetInt64(1) / steps,6:0.00} rows/step  {reader.GetString(2)}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The stored sizes of sessions (bytes of their JSON: headers, interactions), to see what each write carries.</summary>
    public static async Task<string> StateSizesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT 'session headers', count(*), coalesce(avg(octet_length(state::text)), 0)::bigint, coalesce(max(octet_length(state::text)), 0)
              FROM sessions
            UNION ALL
            SELECT 'interactions', count(*), coalesce(avg(octet_length(interaction::text)), 0)::bigint, coalesce(max(octet_length(interaction::text)), 0)
              FROM session_interactions
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
