using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Projects;
using CodeMySpec.Prompts;
using CodeMySpec.Stories;

namespace CodeMySpec.Grains.Tests.Prompts;

/// <summary>Plain project data for the prompt engine tests: a shop with stories and, when asked, components.</summary>
internal static class PromptSamples
{
    private static readonly DateTimeOffset At = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Project = Guid.Parse("00000000-0000-0000-0000-0000000000bb");

    public static ProjectDefinition Shop { get; } = new("Bakery Shop", "An online shop for a local bakery.", "Shop", null, null);

    public static StoryDetails Story(string title, Guid? componentId = null, params string[] criteria) =>
        new(Id(title), Project, title, $"As a shopper I want {title.ToLowerInvariant()}, so that I get my bread.", StoryStatus.InProgress, 0,
            componentId, [.. criteria.Select((c, i) => new Criterion(Id($"{title}/{i}"), c, false, null))], 1, At, At);

    public static StorySummary Summary(StoryDetails story) =>
        new(story.Id, story.Title, story.Status, story.Priority, story.ComponentId, story.Description.Split('\n')[0]);

    public static PromptData Data(IEnumerable<StoryDetails> stories, ArchitectureSnapshot? architecture = null, HealthSummary? health = null,
        ImmutableArray<Component> orphaned = default)
    {
        var all = stories.ToList();
        return new PromptData(Shop, [.. all.Select(Summary)], all.ToImmutableDictionary(s => s.Id), architecture, health, orphaned);
    }

    public static Component Component(string module, string type = "context", Guid? parent = null, params Guid[] dependsOn) =>
        new(ComponentIds.For(Project, module), module.Split('.')[^1], module, type, $"The {module} module.", 0, parent, [.. dependsOn], []);

    public static ArchitectureSnapshot Graph(params Component[] components) =>
        new(Project, 1, [.. components], [.. components.SelectMany(c => c.DependsOn.Select(t => new Dependency(c.Id, t)))]);

    public static Guid Id(string text) => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    /// <summary>The part of the text from a heading up to the next second-level heading.</summary>
    public static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section '{heading}' in:\n{text}");
        var end = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }
}
