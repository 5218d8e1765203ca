using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Prompts;
using static CodeMySpec.Grains.Tests.Prompts.PromptSamples;

namespace CodeMySpec.Grains.Tests.Prompts;

public sealed partial class PersonaPromptsTests
{
    [Fact]
    public void ContextDesign_ListsOnlyTheStoriesNoComponentSatisfies_AndTheCurrentArchitecture()
    {
        var orders = Component("Shop.Orders");
        var order = Component("Shop.Orders.Order", "schema", orders.Id);
        var catalog = Component("Shop.Catalog");
        var data = Data(
            [Story("Checkout", orders.Id, "Pays"), Story("Refunds", null, "Money back within 14 days"), Story("Wishlist", Guid.NewGuid(), "Saves a loaf")],
            Graph(orders with { DependsOn = [catalog.Id] }, order, catalog));

        var prompt = PersonaPrompts.Build(PersonaPrompt.ContextDesign, data);
        var stories = Section(prompt.Text, "## Stories no component satisfies yet");
        var architecture = Section(prompt.Text, "## Current architecture");

        Assert.Equal((2, 2, 3, 3), (prompt.Stories, prompt.StoriesShown, prompt.Components, prompt.ComponentsShown));
        Assert.StartsWith("## Stories no component satisfies yet (2 of 3)", stories, StringComparison.Ordinal);
        Assert.Contains("### Refunds\n", stories, StringComparison.Ordinal);
        Assert.Contains("- Money back within 14 days\n", stories, StringComparison.Ordinal);
        Assert.Contains("### Wishlist\n", stories, StringComparison.Ordinal);
        Assert.Contains("linked to a component that no longer exists", stories, StringComparison.Ordinal);
        Assert.DoesNotContain("Checkout", stories, StringComparison.Ordinal);
        Assert.Contains($"- `Shop.Orders` context \"Orders\" (id {orders.Id}): The Shop.Orders module. · depends on `Shop.Catalog` · stories: 1 (Checkout)\n",
            architecture, StringComparison.Ordinal);
        Assert.Contains("  - `Shop.Orders.Order` schema", architecture, StringComparison.Ordinal);
        foreach (var tool in new[] { "create_components(", "create_dependencies(", "set_story_component(", "validate_dependency_graph()" })
        {
            Assert.Contains(tool, prompt.Text, StringComparison.Ordinal);
        }

        Assert.Contains("`coordination_context`", prompt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ContextDesign_WhenEveryStoryHasAComponent_SaysSo()
    {
        var orders = Component("Shop.Orders");

        var prompt = PersonaPrompts.Build(PersonaPrompt.ContextDesign, Data([Story("Checkout", orders.Id)], Graph(orders)));

        Assert.Equal(0, prompt.Stories);
        Assert.Contains("Every story is satisfied by a component.", prompt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ContextDesignReview_ReportsTheMeasuredFindings_AndAsksForADesignReviewDocument()
    {
        var catalog = Component("Shop.Catalog");
        var orders = Component("Shop.Orders", "context", null, catalog.Id);
        var billing = Component("Shop.Billing");
        var stories = new[] { Story("Checkout", orders.Id), Story("Refunds", null) };
        var health = new HealthSummary(2, 1, 50, "poor", [], [orders.Id], ["Shop.A → Shop.B → Shop.A"], 50, 75, 63, "fair");

        var prompt = PersonaPrompts.Build(PersonaPrompt.ContextDesignReview,
            Data(stories, Graph(orders, catalog, billing), health, [billing]));

        Assert.Contains("- 3 components (3 contexts), 1 dependency, 2 stories, of which 1 no component satisfies.", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("- Health: fair (overall 63/100", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("- Shop.A → Shop.B → Shop.A\n", Section(prompt.Text, "### Cycles"), StringComparison.Ordinal);
        Assert.Contains("**Refunds**", Section(prompt.Text, "### Stories no component satisfies (1)"), StringComparison.Ordinal);
        Assert.Contains("- `Shop.Orders`\n", Section(prompt.Text, "### High fan-out"), StringComparison.Ordinal);
        Assert.Contains("- `Shop.Billing` context\n", Section(prompt.Text, "### Orphaned contexts"), StringComparison.Ordinal);
        Assert.Contains("- `Shop.Catalog`: 1 component depends on it", Section(prompt.Text, "### Most depended on"), StringComparison.Ordinal);
        foreach (var section in new[] { "## Overview", "## Architecture", "## Integration", "## Conclusion" })
        {
            Assert.Contains($"`{section}`", prompt.Text, StringComparison.Ordinal);
        }

        Assert.Equal((1, 1, 3, 3), (prompt.Stories, prompt.StoriesShown, prompt.Components, prompt.ComponentsShown));
    }

    [Theory]
    [InlineData(PersonaPrompt.StoryInterview)]
    [InlineData(PersonaPrompt.StoryReview)]
    [InlineData(PersonaPrompt.ContextDesign)]
    [InlineData(PersonaPrompt.ContextDesignReview)]
    public void APromptOfAHugeProject_StaysUnderOneHundredKilobytes_AndSaysHowManyMore(PersonaPrompt persona)
    {
        var longText = new string('x', 2_000);
        var components = Enumerable.Range(0, 2_000).Select(i => Component($"Shop.C{i:D4}") with { Description = longText }).ToList();
        components = [.. components.Select((c, i) => c with { DependsOn = [.. components.Skip(i + 1).Take(12).Select(d => d.Id)] })];
        var stories = Enumerable.Range(0, 5_000)
            .Select(i => Story($"Story {i:D4} {new string('t', 180)}", i % 3 == 0 ? components[i % 2_000].Id : null, [.. Enumerable.Repeat(longText, 100)])
                with { Description = longText })
            .ToList();
        var health = new HealthSummary(5_000, 3_333, 66.7, "poor", [], [.. components.Select(c => c.Id)],
            [.. Enumerable.Range(0, 500).Select(i => string.Join(" → ", Enumerable.Repeat("Shop.Cycle", 40)))], 33, 0, 17, "poor");
        var data = Data(stories, Graph([.. components]), health, [.. components]);
        var detailed = PersonaPrompts.StoriesToRead(persona, data.Stories, data.Architecture).ToHashSet();
        data = data with { Details = data.Details.Where(d => detailed.Contains(d.Key)).ToImmutableDictionary() };

        var prompt = PersonaPrompts.Build(persona, data);

        Assert.InRange(prompt.Text.Length, 10_000, 100_000);
        Assert.InRange(prompt.StoriesShown, 1, 300);
        Assert.Contains(" more stories not shown; ", prompt.Text, StringComparison.Ordinal);
        if (PersonaPrompts.NeedsArchitecture(persona))
        {
            Assert.InRange(prompt.ComponentsShown, 1, ArchitectureSections.MaxComponents);
            Assert.Contains(" more components not shown; ", prompt.Text, StringComparison.Ordinal);
        }
    }
}
