using Npgsql;
using NpgsqlTypes;

namespace CodeMySpec.Bench.Workloads;

/// <summary>
/// The baseline: the same JSON bytes upserted into a plain (uuid, jsonb) table with Npgsql, one pooled
/// connection per operation as the grain storage provider does. The bytes are serialized once, ahead of
/// the run, so the baseline pays for nothing but the database write.
/// </summary>
internal sealed class PlainUpserts(NpgsqlDataSource dataSource, BenchCallers callers) : IWorkload
{
    public const string Table = "bench_plain_state";

    public const string CreateTable = $"CREATE TABLE IF NOT EXISTS {Table} (id uuid PRIMARY KEY, payload jsonb NOT NULL)";

    private const string Upsert = $"""
        INSERT INTO {Table} (id, payload) VALUES ($1, $2)
        ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload
        """;

    public Func<Task> OperationFor(int caller)
    {
        var key = callers.Keys[caller];
        var payload = callers.StateJson[caller];
        return async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(Upsert, connection);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = key });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { NpgsqlDbType = NpgsqlDbType.Jsonb, TypedValue = payload });
            await command.ExecuteNonQueryAsync();
        };
    }
}
