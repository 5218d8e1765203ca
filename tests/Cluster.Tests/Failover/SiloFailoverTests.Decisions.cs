using System.Diagnostics;
using CodeMySpec.Accounts;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using Orleans.Runtime.Placement;

namespace CodeMySpec.Cluster.Tests.Failover;

public sealed partial class SiloFailoverTests
{
    /// <summary>
    /// A grain remembers an agent's grant that the project grain decided on silo B. B is killed, so the project grain
    /// that comes back on the survivor does not know who remembers what, and it revokes the grant without telling
    /// anyone. The remembering grain must notice that the silo behind its decision left and ask again.
    /// </summary>
    [Fact]
    public async Task RememberedGrant_DecidedOnAKilledSilo_IsAskedAgainSoARevocationOnTheSurvivorHolds()
    {
        var grains = _client!.Grains;
        var siloA = await _client.WaitForSiloAsync(Port(_environmentA, "Orleans__SiloPort"), TimeSpan.FromSeconds(15));
        var siloB = await _client.WaitForSiloAsync(Port(_environmentB, "Orleans__SiloPort"), TimeSpan.FromSeconds(15));

        var accountId = Guid.NewGuid();
        var owner = Scope.ForPerson(_owner, accountId);
        await grains.GetGrain<IAccountGrain>(accountId).CreateAsync(owner, new NewAccount("Decisions", $"de-{_runId}", AccountType.Team));
        var projectId = Guid.NewGuid();
        var project = grains.GetGrain<IProjectGrain>(projectId);
        await PlacedOnAsync(siloB, () => project.CreateAsync(owner, new ProjectDefinition("Shop", null, "Shop", null, null)));
        var clientId = $"agent-{_runId}";
        await project.GrantAgentAsync(owner, clientId);

        var architecture = grains.GetGrain<IArchitectureGrain>(projectId);
        await PlacedOnAsync(siloA, () => architecture.CreateComponentAsync(owner with { ProjectId = projectId },
            new ComponentDefinition("Users", "Shop.Accounts.Users", "repository", null, 0)));
        var agent = Scope.ForAgent(clientId, accountId, projectId);
        var read = await architecture.GetAsync(agent);
        var before = await GrainLocations.FindAsync(grains, [project.GetGrainId(), architecture.GetGrainId()]);
        Assert.Equal(siloB, Assert.Single(before[project.GetGrainId()]));
        Assert.Equal(siloA, Assert.Single(before[architecture.GetGrainId()]));
        Assert.Single(read.Components);

        var sinceKill = Stopwatch.StartNew();
        _siloB!.Kill();
        await WaitUntilDeadAsync(NameB, sinceKill, _failureDetection.DeathDeclarationBound);
        await WaitUntilSurvivorAloneAsync(grains, siloA);

        // The project grain comes back on A from storage, with no watchers to tell.
        var revoked = await project.RevokeAgentAsync(owner, clientId);
        var refused = await Assert.ThrowsAsync<DomainException>(() => architecture.GetAsync(agent));

        Assert.DoesNotContain(clientId, revoked.AgentClientIds);
        Assert.Equal(DomainErrorKind.Forbidden, refused.Kind);
        Assert.Single((await architecture.GetAsync(owner with { ProjectId = projectId })).Components);
        _completed = true;
    }

    private static async Task PlacedOnAsync(SiloAddress silo, Func<Task> activate)
    {
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            await activate();
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }
}
