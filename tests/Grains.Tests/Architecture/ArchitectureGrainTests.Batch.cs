using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;

namespace CodeMySpec.Grains.Tests.Architecture;

public sealed partial class ArchitectureGrainTests
{
    [Fact]
    public async Task CreateComponents_WithDependenciesByModuleName_CreatesAllInOneWrite()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        await scenario.CreateAsync("MyApp.Repo", "repository");

        var created = await scenario.Architecture.CreateComponentsAsync(scenario.Owner,
        [
            New("MyAppWeb.UserLive", "liveview", ["MyApp.Accounts"]),
            New("MyApp.Accounts", "context", ["MyApp.Repo"]),
            New("MyApp.Accounts.User", "schema", [], parent: "MyApp.Accounts"),
        ]);

        Assert.Equal(3, created.Length);
        var snapshot = await scenario.Architecture.GetAsync(scenario.Owner);
        Assert.Equal((2, 2, 4), (snapshot.Version, snapshot.Dependencies.Length, snapshot.Components.Length));
        Assert.Equal(created[1].Id, created[2].ParentComponentId);
        Assert.Equal(2, await CountAsync("architecture_dependencies", scenario.ProjectId));
    }

    [Fact]
    public async Task CreateComponents_WithOneBadItem_WritesNothingAndNamesEachProblem()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        await scenario.CreateAsync("MyApp.Repo", "repository");

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.CreateComponentsAsync(scenario.Owner,
        [
            New("MyApp.Accounts", "context", ["MyApp.Repo"]),
            New("MyApp.Billing", "context", ["MyApp.Nowhere"]),
            New("MyApp.Catalog", "context", ["MyApp.Accounts"]),
        ]));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        Assert.Equal(["components[1].depends_on[0]"], error.Errors.Select(e => e.Field));
        Assert.Contains("MyApp.Nowhere", error.Errors[0].Message);
        Assert.Equal(1, await CountAsync("architecture_components", scenario.ProjectId));
        Assert.Single((await scenario.Architecture.GetAsync(scenario.Owner)).Components);
    }

    [Fact]
    public async Task CreateComponents_ClosingACycleInsideTheBatch_IsRefusedWithThePath()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.CreateComponentsAsync(scenario.Owner,
            [New("A", "service", ["B"]), New("B", "service", ["C"]), New("C", "service", ["A"])]));

        Assert.Equal("components[2].depends_on[0]", error.Errors.Single().Field);
        Assert.Contains("C → A → B → C", error.Errors[0].Message);
        Assert.Equal(0, await CountAsync("architecture_components", scenario.ProjectId));
    }

    [Fact]
    public async Task AddDependencies_WithOneCycle_AddsNone()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var (a, b) = (await scenario.CreateAsync("A"), await scenario.CreateAsync("B"));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.AddDependenciesAsync(scenario.Owner, [new("A", "B"), new("B", "A")]));

        Assert.Contains("B → A → B", error.Message);
        Assert.Empty((await scenario.Architecture.GetAsync(scenario.Owner)).Dependencies);
        Assert.Empty((await scenario.Architecture.GetComponentAsync(scenario.Owner, a.Id)).DependsOn);
        Assert.Equal(0, await CountAsync("architecture_dependencies", scenario.ProjectId));
        _ = b;
    }

    [Fact]
    public async Task DeleteComponent_RemovesItsDependenciesAndLinks_ButIsRefusedWhileItHasChildren()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var (a, b, c) = (await scenario.CreateAsync("A"), await scenario.CreateAsync("B"), await scenario.CreateAsync("C"));
        await scenario.DependAsync(a, b);
        await scenario.DependAsync(b, c);
        await scenario.Architecture.LinkSimilarAsync(scenario.Owner, b.Id, c.Id);
        await scenario.Architecture.SetParentAsync(scenario.Owner, c.Id, b.Id);

        var refused = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.DeleteComponentAsync(scenario.Owner, b.Id));
        await scenario.Architecture.SetParentAsync(scenario.Owner, c.Id, null);
        await scenario.Architecture.DeleteComponentAsync(scenario.Owner, b.Id);

        Assert.Equal(DomainErrorKind.Conflict, refused.Kind);
        Assert.Equal((0L, 0L, 2L), (await CountAsync("architecture_dependencies", scenario.ProjectId),
            await CountAsync("architecture_similar_links", scenario.ProjectId), await CountAsync("architecture_components", scenario.ProjectId)));
        Assert.Empty((await scenario.Architecture.GetComponentAsync(scenario.Owner, c.Id)).SimilarTo);
    }

    [Fact]
    public async Task SetParent_ThatWouldCloseAParentCycle_IsRefused()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var (a, b) = (await scenario.CreateAsync("A"), await scenario.CreateAsync("B"));
        await scenario.Architecture.SetParentAsync(scenario.Owner, b.Id, a.Id);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.SetParentAsync(scenario.Owner, a.Id, b.Id));
        var self = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.SetParentAsync(scenario.Owner, a.Id, a.Id));

        Assert.Contains("A → B → A", error.Message);
        Assert.Equal("parent_component_id", self.Errors.Single().Field);
    }

    [Fact]
    public async Task UpdateComponent_ChangingTheModuleName_IsRefused()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var a = await scenario.CreateAsync("MyApp.A");

        var updated = await scenario.Architecture.UpdateComponentAsync(scenario.Owner, a.Id, ArchitectureScenario.Definition("MyApp.A", "service", 3));
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.UpdateComponentAsync(scenario.Owner, a.Id, ArchitectureScenario.Definition("MyApp.B")));

        Assert.Equal(("service", 3), (updated.Type, updated.Priority));
        Assert.Equal("module_name", error.Errors.Single().Field);
    }

    private static NewComponent New(string module, string type, ImmutableArray<string> dependsOn, string? parent = null) =>
        new(ArchitectureScenario.Definition(module, type), dependsOn, parent);
}
