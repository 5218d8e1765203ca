using System.Text.Json;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Sessions;
using CodeMySpec.Silo.Persistence;
using CodeMySpec.Silo.Sessions;
using Orleans.Storage;

namespace CodeMySpec.Grains.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class SessionStoreTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 5, 4, 10, 30, 15, 123, TimeSpan.Zero).AddTicks(4567);

    [Fact]
    public async Task Save_ThenLoad_ReadsBackTheHeaderAndEveryInteractionExactly()
    {
        await using var store = new PostgresSessionStore(fixture.Database);
        var (id, session) = NewSession();
        var version = await store.SaveAsync(new SessionChanges(id, 0, session, []));
        session.Interactions.Add(Pending("initialize"));
        version = await store.SaveAsync(new SessionChanges(id, version, session, [0]));
        session.Interactions[0] = Completed(session.Interactions[0]);
        session.Interactions.Add(Pending("generate_implementation"));
        session.Workflow = session.Workflow.To("generate_implementation");
        version = await store.SaveAsync(new SessionChanges(id, version, session, [0, 1]));

        var stored = await store.LoadAsync(id);

        Assert.Equal(3, version);
        Assert.Equal(version, stored!.Version);
        // Compared as JSON: records holding immutable arrays compare those by reference.
        Assert.Equal(Json(session.Interactions), Json(stored.State.Interactions));
        Assert.Equal(Json(session), Json(stored.State));
    }

    [Fact]
    public async Task Save_FromAStaleVersion_IsRefusedAndWritesNothing()
    {
        await using var store = new PostgresSessionStore(fixture.Database);
        var (id, session) = NewSession();
        session.Interactions.Add(Pending("initialize"));
        var version = await store.SaveAsync(new SessionChanges(id, 0, session, [0]));

        // A second activation that loaded the session before the first wrote (split brain) tries to write on top.
        session.Interactions[0] = Completed(session.Interactions[0]);
        session.Status = SessionStatus.Failed;
        await Assert.ThrowsAsync<InconsistentStateException>(() => store.SaveAsync(new SessionChanges(id, 0, session, [0])));
        await Assert.ThrowsAsync<InconsistentStateException>(() => store.SaveAsync(new SessionChanges(id, version + 1, session, [0])));

        var stored = await store.LoadAsync(id);
        Assert.Equal((version, SessionStatus.Active, InteractionStatus.Pending),
            (stored!.Version, stored.State.Status, Assert.Single(stored.State.Interactions).Status));
    }

    [Fact]
    public async Task Save_ManySessionsAtOnce_CommitsEachAndABadOneFailsOnlyItself()
    {
        await using var store = new PostgresSessionStore(fixture.Database);
        var sessions = Enumerable.Range(0, 40).Select(_ => NewSession()).ToList();
        foreach (var (_, session) in sessions)
        {
            session.Interactions.Add(Pending("initialize"));
        }

        // PostgreSQL's jsonb refuses a NUL character: that session's save fails, whatever batch it shares.
        var bad = sessions[17];
        bad.Session.Interactions[0] = bad.Session.Interactions[0] with { Result = new SessionResult(ResultStatus.Ok, Stdout: "a\0b") };

        var saves = sessions.Select(s => Outcome(store.SaveAsync(new SessionChanges(s.Id, 0, s.Session, [0])))).ToList();
        var outcomes = await Task.WhenAll(saves);
        var stored = await Task.WhenAll(sessions.Select(s => store.LoadAsync(s.Id)));

        Assert.Equal(39, outcomes.Count(o => o is null));
        Assert.NotNull(outcomes[17]);
        Assert.Null(stored[17]);
        Assert.All(stored.Where((_, i) => i != 17), s => Assert.Equal(InteractionStatus.Pending, Assert.Single(s!.State.Interactions).Status));
    }

    [Fact]
    public async Task List_FiltersByStatusAndComponent_NewestFirst_WithTheTotal()
    {
        await using var store = new PostgresSessionStore(fixture.Database);
        var projectId = Guid.NewGuid();
        var component = Guid.NewGuid();
        var saved = new List<(Guid Id, SessionState Session)>();
        for (var i = 0; i < 4; i++)
        {
            var (id, session) = NewSession(projectId, component, Now.AddMinutes(i));
            session.Status = i == 1 ? SessionStatus.Complete : SessionStatus.Active;
            await store.SaveAsync(new SessionChanges(id, 0, session, []));
            saved.Add((id, session));
        }

        var (other, otherSession) = NewSession(projectId, Guid.NewGuid(), Now);
        await store.SaveAsync(new SessionChanges(other, 0, otherSession, []));

        var active = await store.ListAsync(projectId, new SessionQuery(SessionStatus.Active, null, component, Limit: 2));
        var complete = await store.ListAsync(projectId, new SessionQuery(SessionStatus.Complete));

        Assert.Equal(3, active.Total);
        Assert.Equal([saved[3].Id, saved[2].Id], active.Sessions.Select(s => s.Id));
        Assert.Equal(new SessionSummary(saved[1].Id, SessionType.ComponentCode, SessionStatus.Complete, component, null, "initialize", null,
            saved[1].Session.CreatedAt, saved[1].Session.UpdatedAt), Assert.Single(complete.Sessions));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonGrainStateSerializer.Options);

    private static async Task<Exception?> Outcome(Task save)
    {
        try
        {
            await save;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static (Guid Id, SessionState Session) NewSession(Guid? projectId = null, Guid? componentId = null, DateTimeOffset? at = null)
    {
        var subject = SessionSamples.Repository() with { ComponentId = componentId ?? Guid.NewGuid() };
        return (Guid.NewGuid(), new SessionState
        {
            ProjectId = projectId ?? Guid.NewGuid(),
            Type = SessionType.ComponentCode,
            Status = SessionStatus.Active,
            Subject = subject,
            CreatedAt = at ?? Now,
            UpdatedAt = at ?? Now,
        });
    }

    private static Interaction Pending(string step) => new(Guid.NewGuid(), step,
        new SessionCommand(Guid.NewGuid(), step, "claude", ExecutionStrategy.Async, new CommandMetadata { Prompt = "Write it.", Path = "lib/x.ex" }, Now),
        InteractionStatus.Pending, null, null, null, Now, Now.AddMinutes(30), null, []);

    private static Interaction Completed(Interaction pending) => pending with
    {
        Status = InteractionStatus.Completed,
        Result = new SessionResult(ResultStatus.Ok, "data", 0, null, "out", null, 1200, Now),
        Verdict = ResultStatus.Ok,
        CompletedAt = Now.AddSeconds(5),
        Events = [new SessionEvent(SessionEventType.Stop, "{}", Now.AddSeconds(4))],
    };
}
