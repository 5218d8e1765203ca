using CodeMySpec.Grains.Tests.Architecture;
using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed partial class SessionGrainTests
{
    [Fact]
    public async Task ContextComponentSpecs_SpawnsChildren_AndCompletesWhenTheyAndTheReviewComplete()
    {
        var (scenario, context, parent) = await StartAsync(SessionType.ContextComponentSpecs, "MyApp.Accounts", "context");
        var repo = await scenario.Architecture.CreateComponentAsync(scenario.Driver(), ArchitectureScenario.Definition("MyApp.Accounts.Users", "repository"));
        await scenario.Architecture.SetParentAsync(scenario.Driver(), repo.Id, context.Id);

        await StepAsync(scenario, parent, Ok);
        var spawn = await parent.GetNextCommandAsync(scenario.Driver());
        var childId = Assert.Single(spawn.Interaction!.Command.Metadata.ChildSessionIds);
        var refused = await Assert.ThrowsAsync<CodeMySpec.Errors.DomainException>(() => parent.SubmitResultAsync(scenario.Driver(), spawn.Interaction.Id, Ok));
        var child = Grains.GetGrain<ISessionGrain>(childId);
        await StepAsync(scenario, child, Ok);
        await StepAsync(scenario, child, Ok);
        await StepAsync(scenario, child, new SessionResult(ResultStatus.Ok, SpecDocuments.Spec("MyApp.Accounts.Users")));

        var review = await WaitForStepAsync(scenario, parent, SessionSteps.SpawnDesignReview);
        var reviewChild = Grains.GetGrain<ISessionGrain>(Assert.Single(review.Interaction!.Command.Metadata.ChildSessionIds));
        await StepAsync(scenario, reviewChild, Ok);
        await StepAsync(scenario, reviewChild, Ok);
        await StepAsync(scenario, reviewChild, new SessionResult(ResultStatus.Ok, DesignReview));
        var done = await WaitForStatusAsync(scenario, parent, SessionStatus.Complete);

        Assert.Equal(CodeMySpec.Errors.DomainErrorKind.Conflict, refused.Kind);
        Assert.Equal(parent.GetPrimaryKey(), (await child.GetAsync(scenario.Driver())).ParentSessionId);
        Assert.Equal(SessionStatus.Complete, done.Status);
    }

    [Fact]
    public async Task ContextImplementation_AChildThatFails_FailsTheParent()
    {
        var (scenario, context, parent) = await StartAsync(SessionType.ContextImplementation, "MyApp.Accounts", "context");
        var schema = await scenario.Architecture.CreateComponentAsync(scenario.Driver(), ArchitectureScenario.Definition("MyApp.Accounts.User", "schema"));
        await scenario.Architecture.SetParentAsync(scenario.Driver(), schema.Id, context.Id);

        await StepAsync(scenario, parent, Ok);
        var spawn = await parent.GetNextCommandAsync(scenario.Driver());
        var child = Grains.GetGrain<ISessionGrain>(Assert.Single(spawn.Interaction!.Command.Metadata.ChildSessionIds));
        Assert.Equal(SessionType.ComponentCode, (await child.GetAsync(scenario.Driver())).Type);
        await child.CancelAsync(scenario.Driver());
        var failed = await WaitForStatusAsync(scenario, parent, SessionStatus.Failed);

        Assert.Contains("was cancelled", failed.FailureReason);
    }

    private const string DesignReview = "# Review\n\n## Overview\n\nFine.\n\n## Architecture\n\nFine.\n\n## Integration\n\nFine.\n\n## Conclusion\n\nReady.\n";

    // Children notify their parent one way; the parent may take a moment to hear of it, and get_next_command repairs a lost one.
    private static async Task<NextCommand> WaitForStepAsync(ArchitectureScenario scenario, ISessionGrain parent, string step)
    {
        for (var i = 0; i < 100; i++)
        {
            var next = await parent.GetNextCommandAsync(scenario.Driver());
            if (next.Interaction?.StepName == step)
            {
                return next;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The parent never reached {step}.");
    }

    private static async Task<SessionDetails> WaitForStatusAsync(ArchitectureScenario scenario, ISessionGrain parent, SessionStatus status)
    {
        for (var i = 0; i < 100; i++)
        {
            await parent.GetNextCommandAsync(scenario.Driver());
            var details = await parent.GetAsync(scenario.Driver());
            if (details.Status == status)
            {
                return details;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The parent never became {status}.");
    }
}
