using CodeMySpec.Bench.Workloads;
using CodeMySpec.Silo.Migrations;
using Npgsql;

namespace CodeMySpec.Bench.Hosting;

/// <summary>Prepares the benchmark database: the service's schema plus the baseline's plain table.</summary>
internal static class BenchDatabase
{
    public static async Task PrepareAsync(NpgsqlDataSource dataSource)
    {
        await new SchemaMigrator(dataSource).MigrateAsync();
        await using var command = dataSource.CreateCommand(PlainUpserts.CreateTable);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The server, its durability settings and the data source settings both workloads share, so that a
    /// printed result says what it was measured on.
    /// </summary>
    public static async Task<string> DescribeAsync(NpgsqlDataSource dataSource)
    {
        var client = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"PostgreSQL {reader.GetString(0)} (fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, " +
            $"full_page_writes={reader.GetString(3)}); one data source for both workloads (Max Auto Prepare={client.MaxAutoPrepare}, " +
            $"No Reset On Close={client.NoResetOnClose}, Max Pool Size={client.MaxPoolSize})";
    }
}
