using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// The baseline, as in bench/Storage.Bench: each caller upserts its own (uuid, jsonb) row with Npgsql in a closed loop,
/// one pooled connection per operation as the grain storage does. The payload is a finished session's JSON as the
/// service serves it, serialized once ahead of the run, so the baseline pays for nothing but the write.
/// </summary>
internal static class PlainUpserts
{
    private const string Table = "bench_plain_session";

    private const string Upsert = $"""
        INSERT INTO {Table} (id, payload) VALUES ($1, $2)
        ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload
        """;

    public static async Task PrepareAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand($"CREATE TABLE IF NOT EXISTS {Table} (id uuid PRIMARY KEY, payload jsonb NOT NULL)");
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<Measurement> RunAsync(NpgsqlDataSource dataSource, byte[] payload, int callers, TimeSpan duration, int round)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var loops = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => LoopAsync(dataSource, Guid.NewGuid(), payload, deadline))));
        return Measurement.Of("plain upsert", callers, round, loops.SelectMany(l => l), Stopwatch.GetElapsedTime(started));
    }

    private static async Task<List<long>> LoopAsync(NpgsqlDataSource dataSource, Guid key, byte[] payload, long deadline)
    {
        var ticks = new List<long>(capacity: 65_536);
        while (Stopwatch.GetTimestamp() is var before && before < deadline)
        {
            await using (var connection = await dataSource.OpenConnectionAsync())
            await using (var command = new NpgsqlCommand(Upsert, connection))
            {
                command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = key });
                command.Parameters.Add(new NpgsqlParameter<byte[]> { NpgsqlDbType = NpgsqlDbType.Jsonb, TypedValue = payload });
                await command.ExecuteNonQueryAsync();
            }

            ticks.Add(Stopwatch.GetTimestamp() - before);
        }

        return ticks;
    }
}
