using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Architecture;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Grains.Tests.Stories;
using CodeMySpec.Prompts;
using CodeMySpec.Security;
using CodeMySpec.Stories;

namespace CodeMySpec.Grains.Tests.Prompts;

[Collection(ClusterCollection.Name)]
public sealed class PromptsGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task StoryInterview_ForTheProjectsAgent_NamesTheProjectAndItsStoriesWithCriteria()
    {
        var scenario = await StoryScenario.CreateAsync(fixture.Grains);
        await scenario.CreateStoryAsync("Checkout", "Pays by card", "Gets a receipt");
        await scenario.CreateStoryAsync("Refunds", "Money back within 14 days");

        var prompt = await Prompts(scenario).BuildAsync(scenario.Agent, PersonaPrompt.StoryInterview);

        Assert.Equal(("story_interview", 2, 2), (prompt.Name, prompt.Stories, prompt.StoriesShown));
        Assert.Contains("# Story interview: Shop", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("Executive summary: An online shop.", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("### Checkout\n", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("- Pays by card\n- Gets a receipt\n", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("- Money back within 14 days\n", prompt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoryReview_ForAPersonWhoseScopeNamesNoProject_ReadsTheStoriesAllTheSame()
    {
        var scenario = await StoryScenario.CreateAsync(fixture.Grains);
        await scenario.CreateStoryAsync("Checkout", "Pays by card");

        var prompt = await Prompts(scenario).BuildAsync(scenario.Account.Owner, PersonaPrompt.StoryReview);

        Assert.Contains("- Pays by card\n", prompt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContextDesign_ListsOnlyTheStoriesNoComponentSatisfies()
    {
        var scenario = await StoryScenario.CreateAsync(fixture.Grains);
        var orders = await Architecture(scenario).CreateComponentAsync(scenario.Owner, ArchitectureScenario.Definition("Shop.Orders"));
        var checkout = await scenario.CreateStoryAsync("Checkout", "Pays by card");
        await scenario.Story(checkout.Id).SetComponentAsync(scenario.Owner, orders.Id);
        await scenario.CreateStoryAsync("Refunds", "Money back within 14 days");

        var prompt = await Prompts(scenario).BuildAsync(scenario.Agent, PersonaPrompt.ContextDesign);
        var unsatisfied = PromptSamples.Section(prompt.Text, "## Stories no component satisfies yet");

        Assert.Equal((1, 1, 1, 1), (prompt.Stories, prompt.StoriesShown, prompt.Components, prompt.ComponentsShown));
        Assert.Contains("### Refunds\n", unsatisfied, StringComparison.Ordinal);
        Assert.Contains("- Money back within 14 days\n", unsatisfied, StringComparison.Ordinal);
        Assert.DoesNotContain("Checkout", unsatisfied, StringComparison.Ordinal);
        Assert.Contains("- `Shop.Orders` context", PromptSamples.Section(prompt.Text, "## Current architecture"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContextDesignReview_ReportsOrphanedContextsAndStoriesWithoutAComponent()
    {
        var scenario = await StoryScenario.CreateAsync(fixture.Grains);
        var orders = await Architecture(scenario).CreateComponentAsync(scenario.Owner, ArchitectureScenario.Definition("Shop.Orders"));
        await Architecture(scenario).CreateComponentAsync(scenario.Owner, ArchitectureScenario.Definition("Shop.Billing"));
        var checkout = await scenario.CreateStoryAsync("Checkout");
        await scenario.Story(checkout.Id).SetComponentAsync(scenario.Owner, orders.Id);
        await scenario.CreateStoryAsync("Refunds");

        var prompt = await Prompts(scenario).BuildAsync(scenario.Agent, PersonaPrompt.ContextDesignReview);

        Assert.Contains("- `Shop.Billing` context\n", PromptSamples.Section(prompt.Text, "### Orphaned contexts"), StringComparison.Ordinal);
        Assert.Contains("**Refunds**", PromptSamples.Section(prompt.Text, "### Stories no component satisfies (1)"), StringComparison.Ordinal);
        Assert.Contains("- Health: ", prompt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoryReview_OfALargeProject_ShowsFortyStoriesWithCriteriaAndTheRestByTitle()
    {
        var scenario = await StoryScenario.CreateAsync(fixture.Grains);
        var file = string.Concat(Enumerable.Range(1, 60).Select(i => $"## Story {i:D2}\nAs a shopper I want {i}.\n\n**Acceptance Criteria**\n- Criterion {i:D2}\n\n"));
        await fixture.Grains.GetGrain<IStoryMarkdownGrain>(scenario.ProjectId).ImportAsync(scenario.Owner, file);

        var prompt = await Prompts(scenario).BuildAsync(scenario.Owner, PersonaPrompt.StoryReview);

        Assert.Equal((60, 60), (prompt.Stories, prompt.StoriesShown));
        Assert.Contains("- Criterion 40\n", prompt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Criterion 41", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("**Story 41**", PromptSamples.Section(prompt.Text, "### Further stories"), StringComparison.Ordinal);
        Assert.Contains("shows the criteria of the first 40 of 60 stories", prompt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_ByAnotherTenantOrAnotherProjectsAgent_IsRefused()
    {
        var scenario = await StoryScenario.CreateAsync(fixture.Grains);
        var stranger = await StoryScenario.CreateAsync(fixture.Grains);
        await scenario.CreateStoryAsync("Checkout", "Pays by card");

        var foreign = await Assert.ThrowsAsync<DomainException>(() =>
            Prompts(scenario).BuildAsync(stranger.Account.Owner with { ProjectId = scenario.ProjectId }, PersonaPrompt.StoryInterview));
        var otherAgent = await Assert.ThrowsAsync<DomainException>(() =>
            Prompts(scenario).BuildAsync(Scope.ForAgent(scenario.AgentId, scenario.Account.AccountId, Guid.NewGuid()), PersonaPrompt.StoryInterview));
        var ungranted = await Assert.ThrowsAsync<DomainException>(() =>
            Prompts(scenario).BuildAsync(Scope.ForAgent("agent-other", scenario.Account.AccountId, scenario.ProjectId), PersonaPrompt.ContextDesign));

        Assert.Equal((DomainErrorKind.NotFound, DomainErrorKind.Forbidden, DomainErrorKind.Forbidden), (foreign.Kind, otherAgent.Kind, ungranted.Kind));
        Assert.DoesNotContain("Checkout", foreign.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithAnUnknownPersona_IsInvalidAndNamesTheValidOnes()
    {
        var scenario = await StoryScenario.CreateAsync(fixture.Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => Prompts(scenario).BuildAsync(scenario.Owner, (PersonaPrompt)42));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        Assert.Contains("context_design_review", error.Message, StringComparison.Ordinal);
    }

    private static IPromptsGrain Prompts(StoryScenario scenario) => scenario.Grains.GetGrain<IPromptsGrain>(scenario.ProjectId);

    private static IArchitectureGrain Architecture(StoryScenario scenario) => scenario.Grains.GetGrain<IArchitectureGrain>(scenario.ProjectId);
}
