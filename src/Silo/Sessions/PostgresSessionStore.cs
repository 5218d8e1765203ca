using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CodeMySpec.Sessions;
using CodeMySpec.Silo.Persistence;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace CodeMySpec.Silo.Sessions;

/// <summary>
/// Sessions in PostgreSQL (migration 0010): a header row per session and a row per interaction, as the JSON the grain
/// state used to be. A save is one statement, the header guarded by its version and the changed interactions written
/// only if the guard held, and goes through <see cref="GroupCommit"/> with other sessions' saves.
/// </summary>
internal sealed class PostgresSessionStore(NpgsqlDataSource dataSource) : ISessionStore, IAsyncDisposable
{
    private const string LoadHeader = "SELECT version, state::text FROM sessions WHERE session_id = $1";

    private const string LoadInteractions = "SELECT interaction::text FROM session_interactions WHERE session_id = $1 ORDER BY seq";

    // The interactions are written only when the header's insert or guarded update returned a row, so a stale writer
    // writes nothing at all; the statement returns the new version, or no row when the guard failed.
    private const string WriteInteractions = """
        rows AS (
            INSERT INTO session_interactions (session_id, seq, interaction)
            SELECT $1, x.seq, x.interaction::jsonb FROM unnest($7::integer[], $8::text[]) AS x(seq, interaction)
            WHERE EXISTS (SELECT FROM header)
            ON CONFLICT (session_id, seq) DO UPDATE SET interaction = excluded.interaction)
        SELECT version FROM header
        """;

    private const string Create = $"""
        WITH header AS (
            INSERT INTO sessions (session_id, status, step, failure_reason, updated_at, state, leased_until, project_id, type,
                component_id, parent_session_id, created_at, version)
            VALUES ($1, $2, $3, $4, $5, $6::jsonb, $9, $10, $11, $12, $13, $14, 1)
            ON CONFLICT DO NOTHING
            RETURNING version),
        {WriteInteractions}
        """;

    private const string Update = $"""
        WITH header AS (
            UPDATE sessions SET status = $2, step = $3, failure_reason = $4, updated_at = $5, state = $6::jsonb, leased_until = $9,
                version = version + 1
            WHERE session_id = $1 AND version = $10
            RETURNING version),
        {WriteInteractions}
        """;

    private const string List = """
        SELECT session_id, type, status, component_id, parent_session_id, step, failure_reason, state ->> 'created_at',
            state ->> 'updated_at', count(*) OVER ()
        FROM sessions
        WHERE project_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR type = $3)
            AND ($4::uuid IS NULL OR component_id = $4)
        ORDER BY created_at DESC, session_id
        LIMIT $5
        """;

    // Oldest first, so that a sweep cut short by its limit takes the longest-waiting leases.
    private const string Lapsed = """
        SELECT session_id FROM sessions WHERE status = 'active' AND leased_until <= $1 ORDER BY leased_until LIMIT $2
        """;

    private static readonly JsonSerializerOptions Json = JsonGrainStateSerializer.Options;

    private readonly GroupCommit _commits = new(dataSource);

    public async Task<StoredSession?> LoadAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var sql in (string[])[LoadHeader, LoadInteractions])
        {
            var command = new NpgsqlBatchCommand(sql);
            Add(command, sessionId);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var version = reader.GetInt64(0);
        var state = Deserialize<SessionState>(reader.GetString(1));
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            state.Interactions.Add(Deserialize<Interaction>(reader.GetString(0)));
        }

        return new StoredSession(version, state);
    }

    public async Task<long> SaveAsync(SessionChanges changes, CancellationToken cancellationToken = default)
    {
        // Serialized here, on the caller's turn, so the batch that carries it holds text that no longer changes.
        var session = changes.State;
        var seqs = changes.ChangedInteractions.Order().ToArray();
        var interactions = seqs.Select(i => JsonSerializer.Serialize(session.Interactions[i], Json)).ToArray();
        var header = JsonSerializer.Serialize(session, Json);
        var created = changes.ExpectedVersion == 0;
        // The lease the sweeper watches: the pending command's, while the session is active.
        var leasedUntil = session.Status == SessionStatus.Active ? session.Interactions.FindLast(i => i.Status == InteractionStatus.Pending)?.LeasedUntil : null;
        var version = await _commits.ExecuteAsync(() =>
        {
            var command = new NpgsqlBatchCommand(created ? Create : Update);
            Add(command, changes.SessionId);
            Add(command, SessionNames.Of(session.Status));
            Add(command, session.Workflow.Step);
            Add(command, session.FailureReason);
            Add(command, session.UpdatedAt);
            Add(command, header);
            Add(command, seqs);
            command.Parameters.Add(new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = interactions });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = leasedUntil is { } until ? until.ToUniversalTime() : DBNull.Value });
            if (created)
            {
                Add(command, session.ProjectId);
                Add(command, SessionNames.Of(session.Type));
                Add(command, session.Subject.ComponentId);
                Add(command, session.ParentSessionId);
                Add(command, session.CreatedAt);
            }
            else
            {
                Add(command, changes.ExpectedVersion);
            }

            return command;
        }).WaitAsync(cancellationToken);
        return version is long next
            ? next
            : throw new InconsistentStateException(
                $"Session {changes.SessionId} moved past version {changes.ExpectedVersion}; another activation wrote it.");
    }

    public async Task<IReadOnlyList<Guid>> LapsedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Lapsed);
        Add(command.Parameters, now);
        Add(command.Parameters, limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sessions = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sessions.Add(reader.GetGuid(0));
        }

        return sessions;
    }

    public async Task<SessionList> ListAsync(Guid projectId, SessionQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(List);
        Add(command.Parameters, projectId);
        Add(command.Parameters, query.Status is { } status ? SessionNames.Of(status) : null);
        Add(command.Parameters, query.Type is { } type ? SessionNames.Of(type) : null);
        Add(command.Parameters, query.ComponentId);
        Add(command.Parameters, query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sessions = ImmutableArray.CreateBuilder<SessionSummary>();
        var total = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            // The times come from the state's JSON, which keeps them exactly as the session shows them (a timestamptz
            // column keeps microseconds only).
            sessions.Add(new SessionSummary(reader.GetGuid(0), SessionNames.Type(reader.GetString(1)), SessionNames.Status(reader.GetString(2)),
                reader.GetGuid(3), reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                Time(reader.GetString(7)), Time(reader.GetString(8))));
            total = reader.GetInt64(9);
        }

        return new SessionList(sessions.ToImmutable(), (int)total);
    }

    public ValueTask DisposeAsync() => _commits.DisposeAsync();

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException($"A stored {typeof(T).Name} is JSON null.");

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static void Add<T>(NpgsqlBatchCommand command, T value) => Add(command.Parameters, value);

    private static void Add<T>(NpgsqlParameterCollection parameters, T value)
    {
        if (value is null)
        {
            // A null still needs its type: PostgreSQL cannot infer one for "$2::text IS NULL" from an untyped null.
            parameters.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NullType(typeof(T)) });
            return;
        }

        parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
    }

    private static NpgsqlDbType NullType(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) == typeof(Guid) ? NpgsqlDbType.Uuid : NpgsqlDbType.Text;
}
