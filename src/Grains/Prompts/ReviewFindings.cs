using System.Text;
using CodeMySpec.Architecture;
using CodeMySpec.Profiles;
using CodeMySpec.Stories;
using static CodeMySpec.Prompts.PromptMarkdown;

namespace CodeMySpec.Prompts;

/// <summary>
/// The measured facts the context design review starts from: counts, health, cycles, stories without a component,
/// high fan-out, orphaned contexts, the largest contexts and the most depended-on components. Each list is capped.
/// </summary>
internal static class ReviewFindings
{
    /// <summary>The measured facts and findings the review starts from; returns how many stories without a component it lists.</summary>
    public static int Append(StringBuilder text, PromptData data, IReadOnlyList<StorySummary> unsatisfied)
    {
        var architecture = data.Architecture!;
        var modules = architecture.Components.ToDictionary(c => c.Id, c => c.ModuleName);
        var health = data.Health;
        var contexts = architecture.Components.Count(c => IsContext(data, c));
        text.Append("## Measured facts\n\n");
        text.Append("- ").Append(Count(architecture.Components.Length, "component", "components"))
            .Append(" (").Append(Count(contexts, "context", "contexts")).Append("), ")
            .Append(Count(architecture.Dependencies.Length, "dependency", "dependencies")).Append(", ")
            .Append(Count(data.Stories.Length, "story", "stories")).Append(", of which ").Append(unsatisfied.Count).Append(" no component satisfies.\n");
        if (health is not null)
        {
            text.Append("- Health: ").Append(health.Level).Append(" (overall ").Append(health.OverallScore).Append("/100; story coverage ")
                .Append(health.CoverageScore).Append(", ").Append(health.CoverageLevel).Append("; dependencies ").Append(health.DependencyScore).Append(").\n");
        }

        text.Append('\n');
        const string more = "see `architecture_health_summary()` for all of them.";
        Findings(text, "Cycles", health?.Cycles ?? [], c => $"- {OneLine(c, 400)}\n", "cycles", more);
        var storiesShown = Findings(text, "Stories no component satisfies", unsatisfied, s => PromptSections.TitleLine(s, ArchitecturePersonaPrompts.Dangling(s)), "stories",
            "page through all stories with `list_stories(limit, offset)`.");
        Findings(text, "High fan-out (more than 5 outgoing dependencies)", health?.HighFanOut ?? [],
            id => $"- {Code(modules.GetValueOrDefault(id) ?? id.ToString())}\n", "components", more);
        Findings(text, "Orphaned contexts (no stories, not reached by any story-bearing component)", data.OrphanedContexts.IsDefault ? [] : data.OrphanedContexts,
            c => $"- {Code(c.ModuleName)} {c.Type}\n", "contexts", "see `orphaned_contexts()` for all of them.");

        var children = architecture.Components.Where(c => c.ParentComponentId is not null).ToLookup(c => c.ParentComponentId!.Value);
        var incoming = architecture.Dependencies.GroupBy(d => d.TargetId).ToDictionary(g => g.Key, g => g.Count());
        var storyCount = data.Stories.Where(s => s.ComponentId is not null).GroupBy(s => s.ComponentId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var largest = architecture.Components.Where(c => IsContext(data, c))
            .Select(c => (c.ModuleName, Children: ArchitectureSections.Descendants(children, c.Id), Stories: storyCount.GetValueOrDefault(c.Id)))
            .OrderByDescending(c => c.Children).ThenByDescending(c => c.Stories).ThenBy(c => c.ModuleName, StringComparer.Ordinal).Take(10).ToList();
        Findings(text, "Largest contexts (by components below them)", largest,
            c => $"- {Code(c.ModuleName)}: {Count(c.Children, "component", "components")} below it, {Count(c.Stories, "story", "stories")} linked to it\n", "contexts", "");
        var depended = architecture.Components.Where(c => incoming.GetValueOrDefault(c.Id) > 0)
            .OrderByDescending(c => incoming[c.Id]).ThenBy(c => c.ModuleName, StringComparer.Ordinal).Take(5).ToList();
        Findings(text, "Most depended on", depended,
            c => $"- {Code(c.ModuleName)}: {Count(incoming[c.Id], "component depends", "components depend")} on it\n", "components", "");
        return storiesShown;
    }

    private static int Findings<T>(StringBuilder text, string heading, IReadOnlyList<T> items, Func<T, string> render, string noun, string hint)
    {
        text.Append("### ").Append(heading).Append(" (").Append(items.Count).Append(")\n\n");
        if (items.Count == 0)
        {
            text.Append("(none)\n\n");
            return 0;
        }

        var shown = AppendBounded(text, items, render, 50, 6_000, noun, hint);
        text.Append('\n');
        return shown;
    }

    private static bool IsContext(PromptData data, Component component) =>
        StackProfiles.Names.Contains(data.Project.StackProfile, StringComparer.Ordinal)
            ? StackProfiles.Get(data.Project.StackProfile).ComponentTypes.TryGetValue(component.Type, out var type) && type.IsContext
            : component.Type.EndsWith("context", StringComparison.Ordinal);
}
