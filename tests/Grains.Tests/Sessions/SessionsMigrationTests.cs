using System.Text.Json;
using CodeMySpec.Documents;
using CodeMySpec.Security;
using CodeMySpec.Sessions;
using CodeMySpec.Silo.Migrations;
using CodeMySpec.Silo.Persistence;
using CodeMySpec.Silo.Sessions;
using CodeMySpec.TestSupport;
using Npgsql;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed class SessionsMigrationTests
{
    private static readonly DateTimeOffset Created = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero).AddTicks(1234567);

    [Fact]
    public async Task Migrate_ASessionStoredAsGrainState_MovesItWithEveryInteractionIntoTheSessionTables()
    {
        await using var database = NpgsqlDataSource.Create(await (await PostgresServer.GetAsync()).CreateDatabaseAsync("sessions"));
        await new SchemaMigrator(database) { Migrations = [.. Migration.All.Where(m => m.Version < 10)] }.MigrateAsync();
        var (sessionId, session, interactions) = OldSession();
        await InsertGrainStateAsync(database, "session", sessionId, OldPayload(session, interactions));
        await InsertGrainStateAsync(database, "session_index", session.ProjectId, """{"sessions": {}}""");

        await new SchemaMigrator(database).MigrateAsync();
        await using var store = new PostgresSessionStore(database);
        var stored = await store.LoadAsync(sessionId);
        var listed = await store.ListAsync(session.ProjectId, new SessionQuery());
        var leftInGrainState = await CountAsync(database, "SELECT count(*) FROM orleans_grain_state WHERE grain_type IN ('session', 'session_index')");

        Assert.Equal(1, stored!.Version);
        Assert.Equal(Json(interactions), Json(stored.State.Interactions));
        Assert.Equal(Json(session), Json(stored.State));
        Assert.Equal(new SessionSummary(sessionId, SessionType.ComponentCode, SessionStatus.Active, session.Subject.ComponentId, session.ParentSessionId,
            "run_tests", null, Created, Created.AddMinutes(3)), Assert.Single(listed.Sessions));
        Assert.Equal(0, leftInGrainState);

        // The migrated session takes its next save like any other.
        stored.State.Status = SessionStatus.Cancelled;
        Assert.Equal(2, await store.SaveAsync(new SessionChanges(sessionId, 1, stored.State, [])));
    }

    /// <summary>
    /// A session as the grain state held it before migration 0010: the same JSON as today's header with its
    /// interactions inline and the last driver's scope.
    /// </summary>
    private static string OldPayload(SessionState session, List<Interaction> interactions)
    {
        var payload = JsonSerializer.SerializeToNode(session, JsonGrainStateSerializer.Options)!.AsObject();
        payload["interactions"] = JsonSerializer.SerializeToNode(interactions, JsonGrainStateSerializer.Options);
        payload["driver"] = JsonSerializer.SerializeToNode(Scope.ForPerson(Guid.NewGuid(), Guid.NewGuid(), session.ProjectId),
            JsonGrainStateSerializer.Options);
        return payload.ToJsonString();
    }

    private static (Guid Id, SessionState Session, List<Interaction> Interactions) OldSession()
    {
        var subject = new SessionSubject(Guid.NewGuid(), "Users", "MyApp.Accounts.Users", "repository", DocumentType.Spec, false, true,
            "docs/spec/my_app/accounts/users.spec.md", "lib/my_app/accounts/users.ex", "test/my_app/accounts/users_test.exs", null);
        var done = new Interaction(Guid.NewGuid(), "initialize",
            new SessionCommand(Guid.NewGuid(), "initialize", "read_file", ExecutionStrategy.Sync, new CommandMetadata { Path = "docs/rules" }, Created),
            InteractionStatus.Completed, new SessionResult(ResultStatus.Ok, "rules", 0, null, "out", null, 12, Created.AddMinutes(1)), ResultStatus.Ok, null,
            Created, Created.AddMinutes(30), Created.AddMinutes(1), [new SessionEvent(SessionEventType.Stop, "{}", Created.AddSeconds(30))]);
        var pending = new Interaction(Guid.NewGuid(), "run_tests",
            new SessionCommand(Guid.NewGuid(), "run_tests", "mix_test", ExecutionStrategy.Sync, new CommandMetadata { Path = subject.TestFile }, Created.AddMinutes(3)),
            InteractionStatus.Pending, null, null, null, Created.AddMinutes(3), Created.AddMinutes(33), null, []);
        var session = new SessionState
        {
            ProjectId = Guid.NewGuid(),
            Type = SessionType.ComponentCode,
            Status = SessionStatus.Active,
            ParentSessionId = Guid.NewGuid(),
            Subject = subject,
            Workflow = new WorkflowState("run_tests", Rules: "Use contexts."),
            CreatedAt = Created,
            UpdatedAt = Created.AddMinutes(3),
            Interactions = [done, pending],
        };
        return (Guid.NewGuid(), session, [done, pending]);
    }

    private static async Task InsertGrainStateAsync(NpgsqlDataSource database, string stateName, Guid key, string payload)
    {
        // Orleans keys a GUID grain's row by the two little-endian halves of Guid.ToByteArray().
        var bytes = key.ToByteArray();
        await using var command = database.CreateCommand("""
            INSERT INTO orleans_grain_state (service_id, grain_type, grain_id_n0, grain_id_n1, payload, version)
            VALUES ('codemyspec', $1, $2, $3, $4::jsonb, 7)
            """);
        command.Parameters.Add(new() { Value = stateName });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 0) });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 8) });
        command.Parameters.Add(new() { Value = payload });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonGrainStateSerializer.Options);
}
