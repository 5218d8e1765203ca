using System.Diagnostics;
using CodeMySpec.Accounts;
using CodeMySpec.Architecture;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using CodeMySpec.Sessions;

namespace CodeMySpec.Cluster.Tests.Failover;

public sealed partial class SiloFailoverTests
{
    private const string TestFile = "test/shop/accounts/users_test.exs";

    [Fact]
    public async Task Session_InAFixLoopOnAKilledSilo_ContinuesOnTheSurvivorWithEveryAcknowledgedInteraction()
    {
        var grains = _client!.Grains;
        var siloA = await _client.WaitForSiloAsync(Port(_environmentA, "Orleans__SiloPort"), TimeSpan.FromSeconds(15));
        var siloB = await _client.WaitForSiloAsync(Port(_environmentB, "Orleans__SiloPort"), TimeSpan.FromSeconds(15));
        var scope = await ProjectWithComponentAsync(grains);
        var componentId = ComponentId;

        var session = grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await PlacedOnAsync(siloB, () => session.StartAsync(scope, new NewSession(SessionType.ComponentCode, componentId)));

        await SubmitAsync(session, scope, new SessionResult(ResultStatus.Ok));
        await SubmitAsync(session, scope, new SessionResult(ResultStatus.Ok));
        var failing = await SubmitAsync(session, scope, new SessionResult(ResultStatus.Ok, Report(pass: false)));
        var fix = await session.GetNextCommandAsync(scope);
        var location = await GrainLocations.FindAsync(grains, [session.GetGrainId()]);
        Assert.Equal(siloB, Assert.Single(location[session.GetGrainId()]));
        Assert.Equal("fix_test_failures", failing.NextStep);

        var sinceKill = Stopwatch.StartNew();
        _siloB!.Kill();
        await WaitUntilDeadAsync(NameB, sinceKill, _failureDetection.DeathDeclarationBound);
        await WaitUntilSurvivorAloneAsync(grains, siloA);

        var survived = await session.GetAsync(scope);
        var again = await session.GetNextCommandAsync(scope);
        await session.SubmitResultAsync(scope, again.Interaction!.Id, new SessionResult(ResultStatus.Ok));
        await SubmitAsync(session, scope, new SessionResult(ResultStatus.Ok, Report(pass: true)));

        // Where it runs now, read before its last step: an ended session lets its activation go.
        var after = await GrainLocations.FindAsync(grains, [session.GetGrainId()]);
        var done = await SubmitAsync(session, scope, new SessionResult(ResultStatus.Ok));

        Assert.Equal(["initialize", "generate_implementation", "run_tests", "fix_test_failures"], survived.Interactions.Select(i => i.StepName));
        Assert.Equal(fix.Interaction!.Id, again.Interaction.Id);
        Assert.Equal(SessionStatus.Complete, done.Status);
        Assert.Equal(siloA, Assert.Single(after[session.GetGrainId()]));
        _completed = true;
    }

    /// <summary>
    /// The membership table says B is dead a moment before the survivor's own view does; until then a call could
    /// still be routed to the dead silo. Bounded: the survivor reads the table every probe period.
    /// </summary>
    private static async Task WaitUntilSurvivorAloneAsync(IGrainFactory grains, SiloAddress survivor)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            var hosts = await management.GetHosts(onlyActive: true);
            if (hosts.Count == 1 && hosts.ContainsKey(survivor))
            {
                return;
            }

            await Task.Delay(PollInterval);
        }

        Assert.Fail("The survivor still counts the killed silo as active after 20 s.");
    }

    private Guid ComponentId { get; set; }

    private async Task<Scope> ProjectWithComponentAsync(IGrainFactory grains)
    {
        var accountId = Guid.NewGuid();
        var account = Scope.ForPerson(_owner, accountId);
        await grains.GetGrain<IAccountGrain>(accountId).CreateAsync(account, new NewAccount("Sessions", $"se-{_runId}", AccountType.Team));
        var projectId = Guid.NewGuid();
        await grains.GetGrain<IProjectGrain>(projectId).CreateAsync(account, new ProjectDefinition("Shop", null, "Shop", null, null));
        var scope = account with { ProjectId = projectId };
        var component = await grains.GetGrain<IArchitectureGrain>(projectId)
            .CreateComponentAsync(scope, new ComponentDefinition("Users", "Shop.Accounts.Users", "repository", null, 0));
        ComponentId = component.Id;
        return scope;
    }

    private static async Task<SubmitOutcome> SubmitAsync(ISessionGrain session, Scope scope, SessionResult result)
    {
        var next = await session.GetNextCommandAsync(scope);
        return await session.SubmitResultAsync(scope, next.Interaction!.Id, result);
    }

    private static string Report(bool pass) =>
        "{\"tests\": [{\"title\": \"gets\", \"fullTitle\": \"get/1 gets\", \"file\": \"" + TestFile + "\"}], \"failures\": [" +
        (pass ? "" : "{\"title\": \"gets\", \"fullTitle\": \"get/1 gets\", \"err\": {\"message\": \"boom\", \"file\": \"" + TestFile + "\"}}") + "], \"pending\": []}";
}
