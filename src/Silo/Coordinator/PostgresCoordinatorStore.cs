using System.Collections.Immutable;
using CodeMySpec.Coordinator;
using CodeMySpec.Errors;
using CodeMySpec.Sessions;
using Npgsql;
using NpgsqlTypes;

namespace CodeMySpec.Silo.Coordinator;

/// <summary>
/// Coordinator evidence in PostgreSQL (migrations 0009 and 0011): one row per file and per test, and a version per
/// project. A save sends the version guard and only what the report changed as one batch, which Npgsql runs in one
/// implicit transaction: one round trip and one commit, and a moved version rolls all of it back.
/// </summary>
internal sealed class PostgresCoordinatorStore(NpgsqlDataSource dataSource) : ICoordinatorStore
{
    public async Task<StoredEvidence> LoadAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("SELECT path FROM coordinator_files WHERE project_id = $1", projectId));
        batch.BatchCommands.Add(Command(
            "SELECT file, title, full_title, outcome, message, reported_at FROM coordinator_tests WHERE project_id = $1 ORDER BY file, seq", projectId));
        batch.BatchCommands.Add(Command("SELECT version FROM coordinator_evidence_versions WHERE project_id = $1", projectId));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var files = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(reader.GetString(0));
        }

        await reader.NextResultAsync(cancellationToken);
        var tests = new List<FileTests>();
        string? current = null;
        var cases = ImmutableArray.CreateBuilder<TestCaseResult>();
        var reportedAt = DateTimeOffset.MinValue;
        while (await reader.ReadAsync(cancellationToken))
        {
            var file = reader.GetString(0);
            if (current is not null && file != current)
            {
                tests.Add(new FileTests(current, cases.ToImmutable(), reportedAt));
                cases.Clear();
            }

            current = file;
            reportedAt = reader.GetFieldValue<DateTimeOffset>(5);
            cases.Add(new TestCaseResult(reader.GetString(1), reader.GetString(2), file.Length == 0 ? null : file, Outcome(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        if (current is not null)
        {
            tests.Add(new FileTests(current, cases.ToImmutable(), reportedAt));
        }

        await reader.NextResultAsync(cancellationToken);
        var version = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : 0;
        return new StoredEvidence(files, tests, version);
    }

    public async Task<long> SaveAsync(Guid projectId, long expectedVersion, EvidenceChanges changes, CancellationToken cancellationToken = default)
    {
        if (changes.IsEmpty)
        {
            // Nothing to write, but the answer must still be the stored truth: refuse if another writer moved on.
            await using var check = dataSource.CreateCommand("SELECT version FROM coordinator_evidence_versions WHERE project_id = $1");
            check.Parameters.Add(new NpgsqlParameter { Value = projectId });
            var stored = await check.ExecuteScalarAsync(cancellationToken) as long? ?? 0;
            return stored == expectedVersion ? stored : throw Moved(projectId);
        }

        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("SELECT coordinator_advance_evidence($1, $2)", projectId, expectedVersion));
        if (changes.RemovedFiles.Count > 0)
        {
            batch.BatchCommands.Add(Command("DELETE FROM coordinator_files WHERE project_id = $1 AND path = ANY($2)", projectId, changes.RemovedFiles.ToArray()));
        }

        if (changes.AddedFiles.Count > 0)
        {
            batch.BatchCommands.Add(Command("INSERT INTO coordinator_files (project_id, path) SELECT $1, * FROM unnest($2::text[]) ON CONFLICT DO NOTHING",
                projectId, changes.AddedFiles.ToArray()));
        }

        if (changes.Tests.Count > 0)
        {
            batch.BatchCommands.Add(Command("DELETE FROM coordinator_tests WHERE project_id = $1 AND file = ANY($2)",
                projectId, changes.Tests.Select(t => t.File).ToArray()));
            var rows = changes.Tests.SelectMany(f => f.Tests.Select((t, i) => (f.File, Seq: i, Test: t, f.ReportedAt))).ToList();
            batch.BatchCommands.Add(Command("""
                INSERT INTO coordinator_tests (project_id, file, seq, title, full_title, outcome, message, reported_at)
                SELECT $1, * FROM unnest($2::text[], $3::integer[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
                """, projectId, rows.Select(r => r.File).ToArray(), rows.Select(r => r.Seq).ToArray(), rows.Select(r => r.Test.Title).ToArray(),
                rows.Select(r => r.Test.FullTitle).ToArray(), rows.Select(r => OutcomeName(r.Test.Outcome)).ToArray(),
                rows.Select(r => r.Test.Message).ToArray(), rows.Select(r => r.ReportedAt).ToArray()));
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.SerializationFailure)
        {
            throw Moved(projectId);
        }

        return expectedVersion + 1;
    }

    private static DomainException Moved(Guid projectId) => DomainException.Conflict(
        $"The evidence of project {projectId} was changed by another writer at the same time; nothing of this report was stored. Send it again.");

    private static string OutcomeName(TestOutcome outcome) => outcome switch
    {
        TestOutcome.Passed => "passed",
        TestOutcome.Failed => "failed",
        _ => "skipped",
    };

    private static TestOutcome Outcome(string name) => name switch
    {
        "passed" => TestOutcome.Passed,
        "failed" => TestOutcome.Failed,
        "skipped" => TestOutcome.Skipped,
        _ => throw new InvalidOperationException($"Unknown stored test outcome '{name}'."),
    };

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value switch
            {
                string?[] texts => new NpgsqlParameter { Value = texts, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                _ => new NpgsqlParameter { Value = value ?? DBNull.Value },
            });
        }

        return command;
    }
}
