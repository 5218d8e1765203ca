using CodeMySpec.Architecture;

namespace CodeMySpec.Grains.Tests.Architecture;

public sealed class DependencyGraphTests
{
    [Fact]
    public void CycleIfAdded_BackEdgeOfATwoCycle_NamesBothComponents()
    {
        var model = TestGraph.Of(["A", "B"], "A->B");

        var cycle = DependencyGraph.CycleIfAdded(model, TestGraph.Id("B"), TestGraph.Id("A"));

        Assert.Equal("B → A → B", DependencyGraph.Describe(model, cycle!));
    }

    [Fact]
    public void CycleIfAdded_ClosingAThreeCycle_GivesTheExactPath()
    {
        var model = TestGraph.Of(["A", "B", "C"], "A->B", "B->C");

        var cycle = DependencyGraph.CycleIfAdded(model, TestGraph.Id("C"), TestGraph.Id("A"));

        Assert.Equal("C → A → B → C", DependencyGraph.Describe(model, cycle!));
    }

    [Fact]
    public void CycleIfAdded_ClosingATenCycle_GivesAllTenComponentsInOrder()
    {
        var names = TestGraph.Names(10);
        var model = TestGraph.Of(names, [.. names.Zip(names.Skip(1), (a, b) => $"{a}->{b}")]);

        var cycle = DependencyGraph.CycleIfAdded(model, TestGraph.Id("M10"), TestGraph.Id("M1"));

        Assert.Equal("M10 → M1 → M2 → M3 → M4 → M5 → M6 → M7 → M8 → M9 → M10", DependencyGraph.Describe(model, cycle!));
    }

    [Fact]
    public void CycleIfAdded_ADiamondShortcut_IsAcyclic()
    {
        var model = TestGraph.Of(["A", "B", "C", "D"], "A->B", "A->C", "B->D", "C->D");

        Assert.Null(DependencyGraph.CycleIfAdded(model, TestGraph.Id("A"), TestGraph.Id("D")));
    }

    [Fact]
    public void CycleIfAdded_Self_IsAOneStepCycle()
    {
        var model = TestGraph.Of(["A"]);

        Assert.Equal("A → A", DependencyGraph.Describe(model, DependencyGraph.CycleIfAdded(model, TestGraph.Id("A"), TestGraph.Id("A"))!));
    }

    [Fact]
    public void Layers_OfAChainAndALeaf_CountDependencyDepthAndOrderDependenciesFirst()
    {
        var model = TestGraph.Of(["Web", "Accounts", "Repo", "Mailer"], "Web->Accounts", "Accounts->Repo", "Web->Mailer");

        var (depths, order) = DependencyGraph.Layers(model);

        Assert.Equal([0, 0, 1, 2], new[] { "Mailer", "Repo", "Accounts", "Web" }.Select(m => depths[TestGraph.Id(m)]));
        Assert.Equal(["Mailer", "Repo", "Accounts", "Web"], order.Select(id => model.Components[id].ModuleName));
    }

    [Fact]
    public void TransitiveDependents_OfALeaf_AreEverythingAboveIt()
    {
        var model = TestGraph.Of(["A", "B", "C", "D", "E"], "A->B", "B->C", "D->C", "E->A");

        var dependents = DependencyGraph.TransitiveDependents(model, TestGraph.Id("C"));

        Assert.Equal(["A", "B", "D", "E"], dependents.Select(id => model.Components[id].ModuleName).Order());
    }

    [Fact]
    public void FindCycles_InAGraphWithAStoredCycle_ReportsItsPath()
    {
        var model = TestGraph.Of(["A", "B", "C", "D"], "A->B", "B->C", "C->A", "D->A");

        var cycles = DependencyGraph.FindCycles(model);

        Assert.Equal(["A → B → C → A"], cycles.Select(c => DependencyGraph.Describe(model, c)));
    }
}
