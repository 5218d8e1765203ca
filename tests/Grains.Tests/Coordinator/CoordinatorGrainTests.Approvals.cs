using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Architecture;
using CodeMySpec.Stories;
using static CodeMySpec.Grains.Tests.Coordinator.PhoenixProject;

namespace CodeMySpec.Grains.Tests.Coordinator;

public sealed partial class CoordinatorGrainTests
{
    [Fact]
    public async Task Approval_GatesCodeWork_AndAChangedSpecNeedsANewOne()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var agent = await project.AgentAsync("agent-" + Guid.NewGuid());
        await project.StoreSpecAsync("Shop.Catalog.Pricing");
        await project.Coordinator.SyncAsync(agent, Files("docs/spec/shop/catalog/pricing.spec.md"));

        var waiting = await project.RequirementsAsync("Shop.Catalog.Pricing");
        Assert.Equal("await design approval", waiting.NextAction);
        Assert.False(Requirement(waiting, "implementation_file").Actionable);
        var refused = await Assert.ThrowsAsync<DomainException>(() => project.Coordinator.ApproveDesignAsync(agent, project["Shop.Catalog.Pricing"].Id));
        Assert.Equal(DomainErrorKind.Forbidden, refused.Kind);

        var approval = await project.ApproveAsync("Shop.Catalog.Pricing");
        var approved = await project.RequirementsAsync("Shop.Catalog.Pricing");
        Assert.True(Requirement(approved, "implementation_file").Actionable);
        Assert.Equal(64, approval.ContentHash.Length);

        await project.Scenario.Architecture.PutSpecAsync(project.Scenario.Owner, project["Shop.Catalog.Pricing"].Id,
            SpecDocuments.Spec("Shop.Catalog.Pricing") + "\n- MyApp.Tax\n");
        var changed = await project.RequirementsAsync("Shop.Catalog.Pricing");
        Assert.Contains("changed since it was approved", Requirement(changed, "design_approved").Details);
        Assert.False(Requirement(changed, "implementation_file").Actionable);

        await project.ApproveAsync("Shop.Catalog.Pricing");
        await project.Coordinator.RevokeDesignAsync(project.Scenario.Owner, project["Shop.Catalog.Pricing"].Id);
        Assert.Equal("await design approval", (await project.RequirementsAsync("Shop.Catalog.Pricing")).NextAction);
    }

    [Fact]
    public async Task CriterionEvidence_RecordsTheLatestPassingAndFailingTests()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var story = await Grains.GetGrain<IStoryGrain>(Guid.NewGuid()).CreateAsync(project.Person,
            new StoryDraft("Shopper sees prices", "As a shopper I see prices.", ["Prices include tax", "Prices are rounded"]));
        var (tax, rounded) = (story.Criteria[0].Id, story.Criteria[1].Id);
        var other = await Grains.GetGrain<IStoryGrain>(Guid.NewGuid()).CreateAsync(project.Person,
            new StoryDraft("Shopper pays", "As a shopper I pay.", ["Pays by card"]));

        await project.Coordinator.ReportTestsAsync(project.Person, JUnit(
            ("test/shop/catalog/pricing_test.exs", $"includes tax [criterion:{tax}]", true),
            ("test/shop/catalog/pricing_test.exs", $"rounds [criterion:{rounded}]", false)));
        var first = await project.Coordinator.GetCriterionEvidenceAsync(project.Person);
        await project.Coordinator.ReportTestsAsync(project.Person, JUnit(
            ("test/shop/catalog/pricing_test.exs", $"includes tax [criterion:{tax}]", true),
            ("test/shop/catalog/pricing_test.exs", $"rounds half up [criterion:{rounded}]", true)));
        var second = await project.Coordinator.GetCriterionEvidenceAsync(project.Person);

        var before = first.Single(s => s.StoryId == story.Id);
        Assert.False(before.Evidenced);
        Assert.Contains("rounds", before.Criteria[1].LatestFailingTest);
        Assert.Null(before.Criteria[1].LatestPassingTest);
        Assert.True(second.Single(s => s.StoryId == story.Id).Evidenced);
        Assert.False(second.Single(s => s.StoryId == other.Id).Evidenced);
    }
}
