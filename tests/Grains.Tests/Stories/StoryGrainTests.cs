using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Security;
using CodeMySpec.Stories;

namespace CodeMySpec.Grains.Tests.Stories;

[Collection(ClusterCollection.Name)]
public sealed partial class StoryGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Create_ByTheOwner_StoresTheStoryWithOrderedCriteriaAndListsIt()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);

        var story = await scenario.CreateStoryAsync(scenario.Owner,
            new StoryDraft("  Checkout  ", "As a shopper\r\nI want to pay.", ["Pays by card", "Gets a receipt"], StoryStatus.Dirty, 3));

        Assert.Equal(("Checkout", "As a shopper\nI want to pay.", StoryStatus.Dirty, 3), (story.Title, story.Description, story.Status, story.Priority));
        Assert.Equal(["Pays by card", "Gets a receipt"], story.Criteria.Select(c => c.Description));
        Assert.All(story.Criteria, c => Assert.False(c.Verified));
        AssertSame(story, await scenario.Story(story.Id).GetAsync(scenario.Owner));
        var row = await GrainStateRows.ReadAsync(fixture.Database, "story", story.Id);
        Assert.Equal("dirty", row!.Value.GetProperty("story").GetProperty("status").GetString());
        var page = await scenario.Index.ListAsync(scenario.Owner, new StoryQuery());
        Assert.Equal("Checkout", Assert.Single(page.Items).Title);
    }

    [Fact]
    public async Task Create_WithInvalidFields_NamesEachFieldAndWritesNothing()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var storyId = Guid.NewGuid();
        var draft = new StoryDraft(" ", new string('x', 10_001), ["ok", "", new string('c', 2_001), "two\nlines"]);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(storyId).CreateAsync(scenario.Owner, draft));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        Assert.Equal(["title", "description", "criteria[1]", "criteria[2]", "criteria[3]"], error.Errors.Select(e => e.Field));
        Assert.Equal(0, await GrainStateRows.CountAsync(fixture.Database, "story", storyId));
        Assert.Empty(await scenario.Index.TitlesAsync(scenario.Owner));
    }

    [Fact]
    public async Task Create_WithTooLongTitleOrTooManyCriteria_IsRefused()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var criteria = Enumerable.Range(0, 101).Select(i => $"Criterion {i}").ToArray();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.CreateStoryAsync(scenario.Owner, StoryScenario.Draft(new string('t', 201), criteria)));

        Assert.Equal(["title", "criteria"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Create_WithATitleTheProjectHasInAnotherCase_IsAConflictAndWritesNothing()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        await scenario.CreateStoryAsync("Checkout");
        var storyId = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(storyId).CreateAsync(scenario.Owner, StoryScenario.Draft(" CHECKOUT ")));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("CHECKOUT", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await GrainStateRows.CountAsync(fixture.Database, "story", storyId));
    }

    [Fact]
    public async Task Create_ConcurrentlyWithOneTitle_CreatesExactlyOneStory()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);

        var attempts = Enumerable.Range(0, 12).Select(async _ =>
        {
            try
            {
                await scenario.CreateStoryAsync("Checkout");
                return true;
            }
            catch (DomainException e) when (e.Kind == DomainErrorKind.Conflict)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
        Assert.Equal(["Checkout"], (await scenario.Index.TitlesAsync(scenario.Owner)).ToArray());
    }

    [Fact]
    public async Task Create_RetriedWithTheSameInput_ReturnsTheSameStoryOnce()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = scenario.Story(Guid.NewGuid());
        var first = await story.CreateAsync(scenario.Owner, StoryScenario.Draft("Checkout", "Pays"));

        var second = await story.CreateAsync(scenario.Owner, StoryScenario.Draft("Checkout", "Pays"));

        AssertSame(first, second);
        Assert.Single(await story.GetHistoryAsync(scenario.Owner));
        Assert.Equal(1, (await scenario.Index.ListAsync(scenario.Owner, new StoryQuery())).Total);
    }

    [Fact]
    public async Task Update_WithANewTitle_FreesTheOldTitleAndTakesTheNewOne()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");

        await scenario.Story(story.Id).UpdateAsync(scenario.Owner, new StoryUpdate(Title: "Payment"));

        Assert.Equal(["Payment"], (await scenario.Index.TitlesAsync(scenario.Owner)).ToArray());
        await scenario.CreateStoryAsync("Checkout");
        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.CreateStoryAsync("payment"));
        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Update_ToATitleAnotherStoryHolds_IsAConflictAndChangesNothing()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        await scenario.CreateStoryAsync("Checkout");
        var story = await scenario.CreateStoryAsync("Payment");

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(story.Id).UpdateAsync(scenario.Owner, new StoryUpdate(Title: "Checkout")));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Equal("Payment", (await scenario.Story(story.Id).GetAsync(scenario.Owner)).Title);
    }

    [Fact]
    public async Task Delete_FreesTheTitleAndForgetsTheStory()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");

        await scenario.Story(story.Id).DeleteAsync(scenario.Owner);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(story.Id).GetAsync(scenario.Owner));
        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
        Assert.Empty(await scenario.Index.TitlesAsync(scenario.Owner));
        await scenario.CreateStoryAsync("Checkout");
    }

    [Fact]
    public async Task Get_WithTheScopeOfAnotherAccount_SaysNotFound()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var stranger = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");

        var viaOwnProject = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(story.Id).GetAsync(stranger.Owner));
        var claimingTheProject = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Story(story.Id).GetAsync(stranger.Account.Owner with { ProjectId = scenario.ProjectId }));

        Assert.Equal(DomainErrorKind.NotFound, viaOwnProject.Kind);
        Assert.Equal(DomainErrorKind.NotFound, claimingTheProject.Kind);
        Assert.DoesNotContain("Checkout", claimingTheProject.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ThroughAnotherProjectOfTheSameAccount_SaysNotFound()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Story(story.Id).GetAsync(scenario.Owner with { ProjectId = Guid.NewGuid() }));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Create_ByANonMemberOrAnUngrantedAgent_IsForbidden()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);

        var stranger = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.CreateStoryAsync(scenario.Account.Person(Guid.NewGuid()) with { ProjectId = scenario.ProjectId }, StoryScenario.Draft("A")));
        var agent = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.CreateStoryAsync(Scope.ForAgent("agent-other", scenario.Account.AccountId, scenario.ProjectId), StoryScenario.Draft("B")));

        Assert.Equal((DomainErrorKind.Forbidden, DomainErrorKind.Forbidden), (stranger.Kind, agent.Kind));
        Assert.Empty(await scenario.Index.TitlesAsync(scenario.Owner));
    }

    [Fact]
    public async Task SetComponent_ThenClearComponent_LinksAndUnlinksIt()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = scenario.Story((await scenario.CreateStoryAsync("Checkout")).Id);
        var componentId = Guid.NewGuid();

        var linked = await story.SetComponentAsync(scenario.Agent, componentId);
        var listed = Assert.Single((await scenario.Index.ListAsync(scenario.Owner, new StoryQuery())).Items);
        var cleared = await story.ClearComponentAsync(scenario.Owner);

        Assert.Equal(componentId, linked.ComponentId);
        Assert.Equal(componentId, listed.ComponentId);
        Assert.Null(cleared.ComponentId);
    }

    [Fact]
    public async Task Get_ByTheProjectsAgentWithAScopeForAnotherProject_SaysNotFound()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Story(story.Id).GetAsync(Scope.ForAgent(scenario.AgentId, scenario.Account.AccountId, Guid.NewGuid())));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Update_WithInvalidFields_NamesThemAndChangesNothing()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout", "Pays");

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(story.Id)
            .UpdateAsync(scenario.Owner, new StoryUpdate(Title: "", Description: " ", Criteria: ["ok", ""])));

        Assert.Equal(["title", "description", "criteria[1]"], error.Errors.Select(e => e.Field));
        Assert.Single(await scenario.Story(story.Id).GetHistoryAsync(scenario.Owner));
    }

    /// <summary>Records holding arrays compare them by reference; stories are the same when fields and criteria are.</summary>
    private static void AssertSame(StoryDetails expected, StoryDetails actual)
    {
        Assert.Equal(expected with { Criteria = [] }, actual with { Criteria = [] });
        Assert.Equal(expected.Criteria.ToArray(), actual.Criteria.ToArray());
    }
}
