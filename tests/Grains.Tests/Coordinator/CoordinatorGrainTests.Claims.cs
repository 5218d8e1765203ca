using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Architecture;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Sessions;
using static CodeMySpec.Grains.Tests.Coordinator.PhoenixProject;

namespace CodeMySpec.Grains.Tests.Coordinator;

public sealed partial class CoordinatorGrainTests
{
    [Fact]
    public async Task ClaimNext_By50AgentsAtOnce_HandsEachActionableComponentToOneAgentOnly()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var extra = await project.Scenario.Architecture.CreateComponentsAsync(project.Scenario.Owner,
            [.. Enumerable.Range(0, 24).Select(i => new NewComponent(ArchitectureScenario.Definition($"Shop.Util{i}", "service"), []))]);
        // Pricing has its spec and files but no approval: its next requirement waits for a person, so it is never handed out.
        await project.StoreSpecAsync("Shop.Catalog.Pricing");
        await project.Coordinator.SyncAsync(project.Person, Files("docs/spec/shop/catalog/pricing.spec.md"));
        var actionable = (await project.Coordinator.GetNextActionsAsync(project.Person, 200)).Select(a => a.ComponentId).ToHashSet();
        Assert.DoesNotContain(project["Shop.Catalog.Pricing"].Id, actionable);
        Assert.Equal(29, actionable.Count);

        var agents = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => project.AgentAsync($"agent-{i}-{Guid.NewGuid():N}")).ToList().Select(async t => await t));
        var outcomes = await Task.WhenAll(agents.Select(agent => project.Coordinator.ClaimNextAsync(agent)));

        // A claim holds its component's line (context and children): the catalog's two children and Orders' child wait.
        var claims = outcomes.Where(o => o.Claim is not null).Select(o => o.Claim!).ToList();
        Assert.Equal(27, claims.Count);
        Assert.Equal(27, claims.Select(c => c.ComponentId).Distinct().Count());
        Assert.All(claims, c => Assert.Contains(c.ComponentId, actionable));
        Assert.All(outcomes.Where(o => o.Claim is null), o => Assert.Contains("claimed by other agents", o.Message));
        Assert.All(await project.Coordinator.GetNextActionsAsync(project.Person, 200), a => Assert.True(a.Claimed));
        Assert.Equal(24, extra.Length);

        // Claims made at once share state writes; every acknowledged one is stored, and half completed at once are gone.
        await Task.WhenAll(claims.Take(13).Select(c => project.Coordinator.CompleteClaimAsync(agents.Single(a => a.Actor == c.HeldBy), c.ClaimId)));
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(claims.Skip(13).Select(c => c.ClaimId).Order(), (await project.Coordinator.ListClaimsAsync(project.Person)).Select(c => c.ClaimId).Order());
    }

    [Fact]
    public async Task Claim_AfterItsLeaseExpires_ReturnsToThePool()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var first = await project.AgentAsync("first-" + Guid.NewGuid());
        var second = await project.AgentAsync("second-" + Guid.NewGuid());
        var claims = new List<WorkClaim>();
        while ((await project.Coordinator.ClaimNextAsync(first)).Claim is { } claim)
        {
            claims.Add(claim);
        }

        Assert.Equal(["Shop.Catalog", "Shop.Orders", "ShopWeb.ProductLive"], claims.Select(c => c.ModuleName));
        Assert.Null((await project.Coordinator.ClaimNextAsync(second)).Claim);
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(20));
        var extended = await project.Coordinator.ExtendClaimAsync(first, claims[0].ClaimId);
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(15));

        var reclaimed = (await project.Coordinator.ClaimNextAsync(second)).Claim!;
        Assert.NotEqual(claims[0].ComponentId, reclaimed.ComponentId);
        Assert.Contains(reclaimed.ComponentId, claims.Skip(1).Select(c => c.ComponentId));
        Assert.True(extended.ExpiresAt > claims[0].ExpiresAt);
        var expired = await Assert.ThrowsAsync<DomainException>(() => project.Coordinator.CompleteClaimAsync(first, claims[1].ClaimId));
        Assert.Equal(DomainErrorKind.NotFound, expired.Kind);
    }

    [Fact]
    public async Task Claim_IsTheHoldersOnly_AndReleaseGivesItBack()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var holder = await project.AgentAsync("holder-" + Guid.NewGuid());
        var other = await project.AgentAsync("other-" + Guid.NewGuid());
        var claim = (await project.Coordinator.ClaimNextAsync(holder)).Claim!;

        var refused = await Assert.ThrowsAsync<DomainException>(() => project.Coordinator.ReleaseClaimAsync(other, claim.ClaimId));
        Assert.Equal(DomainErrorKind.Forbidden, refused.Kind);
        Assert.Single(await project.Coordinator.ListClaimsAsync(project.Person));

        await project.Coordinator.ReleaseClaimAsync(holder, claim.ClaimId);

        Assert.Empty(await project.Coordinator.ListClaimsAsync(project.Person));
        Assert.Equal(claim.ComponentId, (await project.Coordinator.ClaimNextAsync(other)).Claim!.ComponentId);
    }

    [Fact]
    public async Task StartSession_OnAComponentAnotherAgentClaimed_IsAConflict()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var holder = await project.AgentAsync("holder-" + Guid.NewGuid());
        var other = await project.AgentAsync("other-" + Guid.NewGuid());
        var claim = (await project.Coordinator.ClaimNextAsync(holder)).Claim!;
        var type = Enum.Parse<SessionType>(claim.SessionType.Replace("_", ""), ignoreCase: true);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(other, new NewSession(type, claim.ComponentId)));
        var started = await Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(holder, new NewSession(type, claim.ComponentId));

        Assert.Equal(DomainErrorKind.Conflict, refused.Kind);
        Assert.Contains("claimed by another agent", refused.Message);
        Assert.Equal(SessionStatus.Active, started.Status);
    }

    [Fact]
    public async Task CompleteClaim_AnswersTheComponentFromTheLatestEvidence()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var agent = await project.AgentAsync("agent-" + Guid.NewGuid());
        var claim = (await project.Coordinator.ClaimNextAsync(agent)).Claim!;
        var component = project.Components.Values.Single(c => c.Id == claim.ComponentId);
        var specPath = $"docs/spec/{string.Join('/', component.ModuleName.Split('.').Select(s => s == "ShopWeb" ? "shop_web" : s == "ProductLive" ? "product_live" : s.ToLowerInvariant()))}.spec.md";

        await project.Coordinator.SyncAsync(agent, new ProjectSync(false, [specPath], [], null));
        var done = await project.Coordinator.CompleteClaimAsync(agent, claim.ClaimId);

        Assert.True(Requirement(done, "spec_file").Satisfied);
        Assert.Equal("fix spec", done.NextAction);
        Assert.Empty(await project.Coordinator.ListClaimsAsync(project.Person));
    }
}
