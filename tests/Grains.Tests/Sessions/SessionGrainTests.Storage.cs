using CodeMySpec.Errors;
using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed partial class SessionGrainTests
{
    [Fact]
    public async Task Session_AfterDeactivation_ReadsBackEveryInteractionAndTheSameResultIsStillAcceptedOnce()
    {
        var (scenario, _, session) = await StartAsync(SessionType.ComponentCode);
        await StepAsync(scenario, session, Ok);
        var generate = await session.GetNextCommandAsync(scenario.Driver());
        var accepted = await session.SubmitResultAsync(scenario.Driver(), generate.Interaction!.Id, Ok);
        var pending = await session.GetNextCommandAsync(scenario.Driver());
        var before = await session.GetAsync(scenario.Driver());

        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var after = await session.GetAsync(scenario.Driver());
        var again = await session.SubmitResultAsync(scenario.Driver(), generate.Interaction.Id, Ok);
        var different = await Assert.ThrowsAsync<DomainException>(() =>
            session.SubmitResultAsync(scenario.Driver(), generate.Interaction.Id, new SessionResult(ResultStatus.Error)));
        var samePending = await session.GetNextCommandAsync(scenario.Driver());
        var listed = await Grains.GetGrain<ISessionIndexGrain>(scenario.ProjectId).ListAsync(scenario.Driver(), new SessionQuery());

        Assert.Equal(["initialize", "generate_implementation", "run_tests"], after.Interactions.Select(i => i.StepName));
        Assert.Equal(before.Interactions.Select(i => (i.Id, i.Status, i.Result, i.Verdict, i.CompletedAt, i.LeasedUntil)),
            after.Interactions.Select(i => (i.Id, i.Status, i.Result, i.Verdict, i.CompletedAt, i.LeasedUntil)));
        Assert.Equal((before.State.Step, before.UpdatedAt, before.CreatedAt), (after.State.Step, after.UpdatedAt, after.CreatedAt));
        Assert.Equal(accepted with { Next = null }, again with { Next = null });
        Assert.Equal(pending.Interaction!.Id, again.Next?.Interaction?.Id);
        Assert.Equal(DomainErrorKind.Conflict, different.Kind);
        Assert.Equal(pending.Interaction!.Id, samePending.Interaction!.Id);
        var row = Assert.Single(listed.Sessions, s => s.Id == after.Id);
        Assert.Equal(("run_tests", SessionStatus.Active), (row.Step, row.Status));
    }

    [Fact]
    public async Task List_FollowsEveryAcknowledgedStepAtOnce()
    {
        var (scenario, _, session) = await StartAsync(SessionType.ComponentCode);
        var index = Grains.GetGrain<ISessionIndexGrain>(scenario.ProjectId);

        var started = Assert.Single((await index.ListAsync(scenario.Driver(), new SessionQuery())).Sessions);
        await StepAsync(scenario, session, Ok);
        var stepped = Assert.Single((await index.ListAsync(scenario.Driver(), new SessionQuery())).Sessions);
        await session.CancelAsync(scenario.Driver());
        var cancelled = await index.ListAsync(scenario.Driver(), new SessionQuery(SessionStatus.Cancelled));

        Assert.Equal(("initialize", SessionStatus.Active), (started.Step, started.Status));
        Assert.Equal("generate_implementation", stepped.Step);
        Assert.Equal(stepped.Id, Assert.Single(cancelled.Sessions).Id);
    }

    [Fact]
    public async Task SubmitResult_HandsTheNextCommandOutWithItsLeaseAlreadyWritten_SoItSurvivesDeactivation()
    {
        var (scenario, _, session) = await StartAsync(SessionType.ComponentCode);
        var initialize = await session.GetNextCommandAsync(scenario.Driver());
        var started = await session.GetAsync(scenario.Driver());

        await session.SubmitResultAsync(scenario.Driver(), initialize.Interaction!.Id, Ok);
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stored = await session.GetAsync(scenario.Driver());
        var next = await session.GetNextCommandAsync(scenario.Driver());

        Assert.Equal(initialize.Interaction.Id, Assert.Single(started.Interactions).Id);
        Assert.Equal(["initialize", "generate_implementation"], stored.Interactions.Select(i => i.StepName));
        Assert.Equal(stored.Interactions[1].Id, next.Interaction!.Id);
        Assert.Equal(InteractionStatus.Pending, next.Interaction.Status);
        Assert.NotNull(next.Interaction.LeasedUntil);
        Assert.Contains("lib/my_app/accounts/users.ex", next.Interaction.Command.Metadata.Prompt);
    }

    [Fact]
    public async Task SubmitResult_WhenTheNextCommandCannotBeBuilt_IsStillAccepted_AndGetNextCommandSaysWhy()
    {
        var (scenario, component, session) = await StartAsync(SessionType.ComponentCode);
        var initialize = await session.GetNextCommandAsync(scenario.Driver());
        await scenario.Architecture.DeleteComponentAsync(scenario.Owner, component.Id);

        var accepted = await session.SubmitResultAsync(scenario.Driver(), initialize.Interaction!.Id, Ok);
        var refused = await Assert.ThrowsAsync<DomainException>(() => session.GetNextCommandAsync(scenario.Driver()));
        var details = await session.GetAsync(scenario.Driver());

        Assert.Equal(("generate_implementation", SessionStatus.Active), (accepted.NextStep, accepted.Status));
        Assert.Equal(DomainErrorKind.Conflict, refused.Kind);
        Assert.Contains("was deleted", refused.Message);
        Assert.Equal(InteractionStatus.Completed, Assert.Single(details.Interactions).Status);
    }
}
