using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Stories;

namespace CodeMySpec.Grains.Tests.Stories;

public sealed partial class StoryGrainTests
{
    [Fact]
    public async Task CriteriaEdits_AddUpdateReorderDelete_KeepTheOrderTheCallerGave()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = scenario.Story((await scenario.CreateStoryAsync("Checkout", "Pays")).Id);

        var added = await story.AddCriterionAsync(scenario.Agent, " Gets a receipt ");
        var pays = added.Criteria[0].Id;
        var receipt = added.Criteria[1].Id;
        await story.UpdateCriterionAsync(scenario.Agent, pays, "Pays by card");
        var reordered = await story.ReorderCriteriaAsync(scenario.Agent, [receipt, pays]);
        var deleted = await story.DeleteCriterionAsync(scenario.Agent, receipt);

        Assert.Equal(["Gets a receipt", "Pays by card"], reordered.Criteria.Select(c => c.Description));
        Assert.Equal(["Pays by card"], deleted.Criteria.Select(c => c.Description));
    }

    [Fact]
    public async Task ReorderCriteria_WithAnIncompleteList_IsRefused()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var created = await scenario.CreateStoryAsync("Checkout", "Pays", "Gets a receipt");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Story(created.Id).ReorderCriteriaAsync(scenario.Owner, [created.Criteria[0].Id, created.Criteria[0].Id]));

        Assert.Equal("criterion_ids", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task UpdateCriterion_WithAnUnknownId_SaysNotFound()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var created = await scenario.CreateStoryAsync("Checkout", "Pays");

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(created.Id).UpdateCriterionAsync(scenario.Owner, Guid.NewGuid(), "x"));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task VerifyCriterion_ByAnAgent_IsForbidden()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var created = await scenario.CreateStoryAsync("Checkout", "Pays");

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(created.Id).VerifyCriterionAsync(scenario.Agent, created.Criteria[0].Id));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        Assert.False((await scenario.Story(created.Id).GetAsync(scenario.Owner)).Criteria[0].Verified);
    }

    [Fact]
    public async Task UpdateCriterion_OfAVerifiedCriterion_IsRefusedForAgentsButNotForPeople()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var created = await scenario.CreateStoryAsync("Checkout", "Pays");
        var story = scenario.Story(created.Id);
        var criterionId = created.Criteria[0].Id;
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));

        var verified = await story.VerifyCriterionAsync(scenario.Owner, criterionId);
        var edit = await Assert.ThrowsAsync<DomainException>(() => story.UpdateCriterionAsync(scenario.Agent, criterionId, "Pays in cash"));
        var delete = await Assert.ThrowsAsync<DomainException>(() => story.DeleteCriterionAsync(scenario.Agent, criterionId));
        var deleteStory = await Assert.ThrowsAsync<DomainException>(() => story.DeleteAsync(scenario.Agent));
        var edited = await story.UpdateCriterionAsync(scenario.Owner, criterionId, "Pays by card");
        var unverified = await story.UnverifyCriterionAsync(scenario.Owner, criterionId);
        var agentEdit = await story.UpdateCriterionAsync(scenario.Agent, criterionId, "Pays in cash");

        Assert.True(verified.Criteria[0].Verified);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), verified.Criteria[0].VerifiedAt);
        Assert.All([edit, delete, deleteStory], e => Assert.Equal(DomainErrorKind.Forbidden, e.Kind));
        Assert.Equal("Pays by card", edited.Criteria[0].Description);
        Assert.Equal((false, (DateTimeOffset?)null), (unverified.Criteria[0].Verified, unverified.Criteria[0].VerifiedAt));
        Assert.Equal("Pays in cash", agentEdit.Criteria[0].Description);
    }

    [Fact]
    public async Task Update_WithCriteria_ReplacesOnlyTheUnverifiedOnes()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var created = await scenario.CreateStoryAsync("Checkout", "Pays", "Gets a receipt", "Sees a total");
        var story = scenario.Story(created.Id);
        await story.VerifyCriterionAsync(scenario.Owner, created.Criteria[1].Id);

        var updated = await story.UpdateAsync(scenario.Agent, new StoryUpdate(Criteria: ["Sees a total", "Gets an email"]));

        Assert.Equal(["Gets a receipt", "Sees a total", "Gets an email"], updated.Criteria.Select(c => c.Description));
        Assert.Equal(created.Criteria[1].Id, updated.Criteria[0].Id);
        Assert.True(updated.Criteria[0].Verified);
        Assert.Equal(created.Criteria[2].Id, updated.Criteria[1].Id);
    }

    [Fact]
    public async Task GetHistory_AfterChanges_SaysWhoChangedWhatAndWhen()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var created = await scenario.CreateStoryAsync("Checkout", "Pays");
        var story = scenario.Story(created.Id);
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(3));

        await story.UpdateAsync(scenario.Agent, new StoryUpdate(Title: "Payment", Status: StoryStatus.Completed));
        await story.UpdateAsync(scenario.Agent, new StoryUpdate(Title: "Payment", Status: StoryStatus.Completed));
        await story.VerifyCriterionAsync(scenario.Owner, created.Criteria[0].Id);
        await story.SetPriorityAsync(scenario.Owner, 5);
        var history = await story.GetHistoryAsync(scenario.Agent);

        Assert.Equal([1, 2, 3, 4], history.Select(r => r.Version));
        Assert.Equal(["created", "updated", "criterion_verified", "priority_set"], history.Select(r => r.Action));
        Assert.Equal(scenario.Agent.Actor, history[1].By);
        Assert.Equal(scenario.Owner.Actor, history[2].By);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), history[1].At);
        Assert.Equal([new StoryChange("title", "Checkout", "Payment"), new StoryChange("status", "in_progress", "completed")], history[1].Changes.ToArray());
        Assert.Equal(new StoryChange($"criteria[{created.Criteria[0].Id}].verified", "false", "true"), Assert.Single(history[2].Changes));
        Assert.Equal(4, (await story.GetAsync(scenario.Owner)).Version);
    }

    [Fact]
    public async Task List_WithLimitOffsetAndSearch_PagesAndMatchesTitleOrDescriptionIgnoringCase()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        for (var i = 0; i < 25; i++)
        {
            await scenario.CreateStoryAsync($"Story {i:D2}");
        }

        await scenario.CreateStoryAsync(scenario.Owner, new StoryDraft("Refunds", "A shopper gets MONEY back.", []));

        var first = await scenario.Index.ListAsync(scenario.Owner, new StoryQuery());
        var last = await scenario.Index.ListAsync(scenario.Owner, new StoryQuery(Limit: 10, Offset: 20));
        var byDescription = await scenario.Index.ListAsync(scenario.Agent, new StoryQuery(Search: "money"));
        var byTitle = await scenario.Index.ListAsync(scenario.Agent, new StoryQuery(Search: "STORY 1"));
        var invalid = await Assert.ThrowsAsync<DomainException>(() => scenario.Index.ListAsync(scenario.Owner, new StoryQuery(Limit: 101, Offset: -1)));

        Assert.Equal((20, 26, "Story 00"), (first.Items.Length, first.Total, first.Items[0].Title));
        Assert.Equal(["Story 20", "Story 21", "Story 22", "Story 23", "Story 24", "Refunds"], last.Items.Select(s => s.Title));
        Assert.Equal("Refunds", Assert.Single(byDescription.Items).Title);
        Assert.Equal(10, byTitle.Total);
        Assert.Equal(["limit", "offset"], invalid.Errors.Select(e => e.Field));
    }
}
