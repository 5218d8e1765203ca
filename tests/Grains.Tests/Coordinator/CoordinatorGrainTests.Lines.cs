using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Coordinator;

public sealed partial class CoordinatorGrainTests
{
    [Fact]
    public async Task ClaimNext_HoldsTheClaimedComponentsContextAndChildren_ButNotItsSiblings()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var agents = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => project.AgentAsync($"line-{i}-{Guid.NewGuid():N}")));
        // Orders after its child Checkout in the order (a lower priority value comes first), so the child is claimed first.
        var orders = project["Shop.Orders"];
        await project.Scenario.Architecture.UpdateComponentAsync(project.Scenario.Owner, orders.Id,
            new ComponentDefinition(orders.Name, orders.ModuleName, orders.Type, null, 1));

        // The catalog first and its children wait for it; Checkout is free, and then Orders waits for its child.
        Assert.Equal("Shop.Catalog", (await project.Coordinator.ClaimNextAsync(agents[0])).Claim!.ModuleName);
        Assert.Equal("Shop.Orders.Checkout", (await project.Coordinator.ClaimNextAsync(agents[1])).Claim!.ModuleName);
        Assert.Equal("ShopWeb.ProductLive", (await project.Coordinator.ClaimNextAsync(agents[2])).Claim!.ModuleName);
        var none = await project.Coordinator.ClaimNextAsync(agents[3]);
        Assert.Null(none.Claim);
        Assert.Contains("belong to a context or child another agent claimed", none.Message);

        Assert.All(await project.Coordinator.GetNextActionsAsync(project.Person, 50), a => Assert.True(a.Claimed));
    }

    [Fact]
    public async Task ClaimNext_HandsOutSiblingsSideBySide()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var agents = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => project.AgentAsync($"sibling-{i}-{Guid.NewGuid():N}")));
        // The catalog's design is done but not approved, so the context waits for a person and its children are next.
        await project.StoreSpecAsync("Shop.Catalog");
        await project.Coordinator.SyncAsync(project.Person, PhoenixProject.Files("docs/spec/shop/catalog.spec.md", "docs/spec/shop/catalog/design_review.md",
            "docs/spec/shop/catalog/product.spec.md", "docs/spec/shop/catalog/pricing.spec.md"));

        var first = (await project.Coordinator.ClaimNextAsync(agents[0])).Claim!;
        var second = (await project.Coordinator.ClaimNextAsync(agents[1])).Claim!;

        Assert.Equal(("Shop.Catalog.Pricing", "Shop.Catalog.Product"), (first.ModuleName, second.ModuleName));
    }

    [Fact]
    public async Task StartSession_OnTheContextOfAnotherAgentsClaimedChild_IsAConflict()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var holder = await project.AgentAsync("holder-" + Guid.NewGuid());
        var other = await project.AgentAsync("other-" + Guid.NewGuid());
        var context = (await project.Coordinator.ClaimNextAsync(holder)).Claim!;
        var child = project["Shop.Catalog.Pricing"].Id;

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(other, new NewSession(SessionType.ComponentSpec, child)));
        var started = await Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(holder, new NewSession(SessionType.ComponentSpec, child));

        Assert.Equal("Shop.Catalog", context.ModuleName);
        Assert.Equal(DomainErrorKind.Conflict, refused.Kind);
        Assert.Contains("holds its context and children too", refused.Message);
        Assert.Equal(SessionStatus.Active, started.Status);
    }
}
