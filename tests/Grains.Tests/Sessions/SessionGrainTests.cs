using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Architecture;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed partial class SessionGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private static readonly SessionResult Ok = new(ResultStatus.Ok);

    private async Task<(ArchitectureScenario Scenario, Component Component, ISessionGrain Session)> StartAsync(
        SessionType type = SessionType.ComponentSpec, string module = "MyApp.Accounts.Users", string componentType = "repository")
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var component = await scenario.CreateAsync(module, componentType);
        var session = Grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(scenario.Driver(), new NewSession(type, component.Id));
        return (scenario, component, session);
    }

    private static async Task<SubmitOutcome> StepAsync(ArchitectureScenario scenario, ISessionGrain session, SessionResult result)
    {
        var next = await session.GetNextCommandAsync(scenario.Driver());
        return await session.SubmitResultAsync(scenario.Driver(), next.Interaction!.Id, result);
    }

    [Fact]
    public async Task ComponentSpec_DrivenToCompletion_StoresTheSpecWhereGetSpecReadsIt()
    {
        var (scenario, component, session) = await StartAsync();
        var spec = SpecDocuments.Spec(component.ModuleName);

        await StepAsync(scenario, session, Ok);
        var generate = await session.GetNextCommandAsync(scenario.Driver());
        await session.SubmitResultAsync(scenario.Driver(), generate.Interaction!.Id, Ok);
        var outcome = await StepAsync(scenario, session, new SessionResult(ResultStatus.Ok, spec));
        var details = await session.GetAsync(scenario.Driver());
        var stored = await scenario.Architecture.GetSpecAsync(scenario.Driver(), component.Id);
        var listed = await Grains.GetGrain<ISessionIndexGrain>(scenario.ProjectId).ListAsync(scenario.Driver(), new SessionQuery(SessionStatus.Complete));

        Assert.Equal("claude", generate.Interaction.Command.Command);
        Assert.Contains("docs/spec/my_app/accounts/users.spec.md", generate.Interaction.Command.Metadata.Prompt);
        Assert.Equal(SessionStatus.Complete, outcome.Status);
        Assert.Equal(["initialize", "generate_spec", "validate_spec"], details.Interactions.Select(i => i.StepName));
        Assert.All(details.Interactions, i => Assert.Equal(InteractionStatus.Completed, i.Status));
        Assert.Equal(spec, stored.Content);
        Assert.Equal(details.Id, Assert.Single(listed.Sessions).Id);
    }

    [Fact]
    public async Task GetNextCommand_Repeated_ReturnsTheSamePendingInteraction()
    {
        var (scenario, _, session) = await StartAsync();

        var first = await session.GetNextCommandAsync(scenario.Driver());
        var second = await session.GetNextCommandAsync(scenario.Driver());

        Assert.Equal(first.Interaction, second.Interaction);
        Assert.Single((await session.GetAsync(scenario.Driver())).Interactions);
    }

    [Fact]
    public async Task SubmitResult_TheSameResultTwice_ChangesNothingTheSecondTime_AndADifferentOneIsRefused()
    {
        var (scenario, _, session) = await StartAsync();
        var next = await session.GetNextCommandAsync(scenario.Driver());

        var first = await session.SubmitResultAsync(scenario.Driver(), next.Interaction!.Id, Ok);
        var before = await session.GetAsync(scenario.Driver());
        var again = await session.SubmitResultAsync(scenario.Driver(), next.Interaction.Id, Ok);
        var after = await session.GetAsync(scenario.Driver());
        var different = await Assert.ThrowsAsync<DomainException>(() =>
            session.SubmitResultAsync(scenario.Driver(), next.Interaction.Id, new SessionResult(ResultStatus.Error)));

        Assert.Equal(first, again);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(before.Interactions.Select(i => (i.Id, i.Status, i.Result, i.CompletedAt)), after.Interactions.Select(i => (i.Id, i.Status, i.Result, i.CompletedAt)));
        Assert.Equal(before.State.Step, after.State.Step);
        Assert.Equal(DomainErrorKind.Conflict, different.Kind);
    }

    [Fact]
    public async Task SubmitResult_ForAnUnknownInteraction_IsNotFound()
    {
        var (scenario, _, session) = await StartAsync();
        await session.GetNextCommandAsync(scenario.Driver());

        var error = await Assert.ThrowsAsync<DomainException>(() => session.SubmitResultAsync(scenario.Driver(), Guid.NewGuid(), Ok));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Start_OnAComponentOfAnotherProject_IsNotFound()
    {
        var (_, component, _) = await StartAsync();
        var other = await ArchitectureScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(other.Driver(), new NewSession(SessionType.ComponentSpec, component.Id)));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Get_FromAnotherProjectsScope_IsNotFound()
    {
        var (_, _, session) = await StartAsync();
        var other = await ArchitectureScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => session.GetAsync(other.Driver()));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Start_AnUnknownSessionType_IsInvalid()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var component = await scenario.CreateAsync("MyApp.Accounts.Users", "repository");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(scenario.Driver(), new NewSession((SessionType)99, component.Id)));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        Assert.Contains("component_spec", error.Message);
    }

    [Fact]
    public async Task Lease_RunningOut_MarksTheInteractionTimedOut_AndHandsTheStepOutAgain()
    {
        var (scenario, _, session) = await StartAsync();
        var first = await session.GetNextCommandAsync(scenario.Driver());

        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(31));
        var second = await session.GetNextCommandAsync(scenario.Driver());
        var late = await Assert.ThrowsAsync<DomainException>(() => session.SubmitResultAsync(scenario.Driver(), first.Interaction!.Id, Ok));
        var details = await session.GetAsync(scenario.Driver());

        Assert.NotEqual(first.Interaction!.Id, second.Interaction!.Id);
        Assert.Equal(first.Interaction.StepName, second.Interaction.StepName);
        Assert.Equal(DomainErrorKind.Conflict, late.Kind);
        Assert.Equal([InteractionStatus.TimedOut, InteractionStatus.Pending], details.Interactions.Select(i => i.Status));
    }

    [Fact]
    public async Task Cancel_EndsTheSessionAndLeavesNoLeaseForTheSweeper()
    {
        var (scenario, _, session) = await StartAsync();
        var pending = await session.GetNextCommandAsync(scenario.Driver());
        var leasedBefore = await StoredLeaseAsync(session);

        var cancelled = await session.CancelAsync(scenario.Driver());
        var next = await session.GetNextCommandAsync(scenario.Driver());

        Assert.Equal(SessionStatus.Cancelled, cancelled.Status);
        Assert.Null(next.Interaction);
        Assert.Equal(pending.Interaction!.LeasedUntil, leasedBefore);
        Assert.Null(await StoredLeaseAsync(session));
    }

    [Fact]
    public async Task LeaseSweeper_TimesOutALapsedLease_OfASessionWhoseGrainIsGone()
    {
        var (scenario, _, session) = await StartAsync();
        var first = await session.GetNextCommandAsync(scenario.Driver());
        var sweeper = Grains.GetGrain<ILeaseSweeperGrain>(0);
        await sweeper.SweepAsync();
        var beforeTheDeadline = await StoredStatusesAsync(session);

        // The session's grain (and with it its lease timer) is gone, as after the loss of its silo.
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(31));
        var handedBack = await sweeper.SweepAsync();
        var afterTheSweep = await StoredStatusesAsync(session);
        var leaseAfterTheSweep = await StoredLeaseAsync(session);
        var again = await session.GetNextCommandAsync(scenario.Driver());

        Assert.True(await SweeperRegisteredAsync(), "Each silo registers the lease sweeper's reminder when it starts.");
        Assert.Equal(["pending"], beforeTheDeadline);
        Assert.True(handedBack >= 1);
        Assert.Equal(["timed_out"], afterTheSweep);
        Assert.Null(leaseAfterTheSweep);
        Assert.NotEqual(first.Interaction!.Id, again.Interaction!.Id);
        Assert.Equal(first.Interaction.StepName, again.Interaction.StepName);
    }

    private async Task<DateTimeOffset?> StoredLeaseAsync(ISessionGrain session)
    {
        await using var command = fixture.Database.CreateCommand("SELECT leased_until FROM sessions WHERE session_id = $1");
        command.Parameters.Add(new() { Value = session.GetPrimaryKey() });
        return await command.ExecuteScalarAsync() is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) : null;
    }

    private async Task<List<string>> StoredStatusesAsync(ISessionGrain session)
    {
        await using var command = fixture.Database.CreateCommand(
            "SELECT interaction ->> 'status' FROM session_interactions WHERE session_id = $1 ORDER BY seq");
        command.Parameters.Add(new() { Value = session.GetPrimaryKey() });
        await using var reader = await command.ExecuteReaderAsync();
        var statuses = new List<string>();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetString(0));
        }

        return statuses;
    }

    private async Task<bool> SweeperRegisteredAsync()
    {
        // Registered beside the silo's start, so it may be a moment behind the first test.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await ReminderRows.ExistsAsync(fixture.Database, Grains.GetGrain<ILeaseSweeperGrain>(0), LeaseSweeperGrain.Reminder))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return false;
    }

    [Fact]
    public async Task RecordEvent_SessionStart_NamesTheConversationAndKeepsTheEvent()
    {
        var (scenario, _, session) = await StartAsync();
        var next = await session.GetNextCommandAsync(scenario.Driver());

        var details = await session.RecordEventAsync(scenario.Driver(), next.Interaction!.Id, SessionEventType.SessionStart, """{"session_id": "conv-42"}""");

        Assert.Equal("conv-42", details.ExternalConversationId);
        Assert.Equal(AgentActivity.Working, details.AgentActivity);
        Assert.Equal(SessionEventType.SessionStart, Assert.Single(details.Interactions[0].Events).EventType);
    }

    [Fact]
    public async Task SubmitResult_HugeOutput_IsStoredTruncatedWithANote()
    {
        var (scenario, _, session) = await StartAsync();
        var next = await session.GetNextCommandAsync(scenario.Driver());

        await session.SubmitResultAsync(scenario.Driver(), next.Interaction!.Id, new SessionResult(ResultStatus.Ok, Stdout: new string('x', 100_000)));
        var stored = (await session.GetAsync(scenario.Driver())).Interactions[0].Result!;

        Assert.True(stored.Stdout!.Length < 20_000);
        Assert.Contains("[truncated: the first 16384 of 100000 characters are kept]", stored.Stdout);
    }
}
