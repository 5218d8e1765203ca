using System.Text;
using CodeMySpec.Architecture;
using CodeMySpec.Profiles;
using CodeMySpec.Stories;
using static CodeMySpec.Prompts.PromptMarkdown;

namespace CodeMySpec.Prompts;

/// <summary>The architecture as the architect personas see it: the profile's types and the component tree, bounded.</summary>
internal static class ArchitectureSections
{
    public const int MaxComponents = 100;

    private const int ComponentChars = 24_000;
    private const int MaxDependenciesShown = 8;
    private const int MaxStoriesPerComponent = 3;
    private const int MaxDepthIndent = 6;

    public static void AppendComponentTypes(StringBuilder text, string stackProfile)
    {
        if (!StackProfiles.Names.Contains(stackProfile, StringComparer.Ordinal))
        {
            return;
        }

        var types = StackProfiles.Get(stackProfile).ComponentTypes.Values.ToList();
        text.Append("## Component types (stack profile ").Append(Code(stackProfile)).Append(")\n\n");
        text.Append("- Contexts (own child components, have a design review): ").Append(Names(types.Where(t => t.IsContext))).Append('\n');
        text.Append("- Other components: ").Append(Names(types.Where(t => !t.IsContext))).Append("\n\n");
    }

    /// <summary>The components as a tree (children under their parent), with dependencies and stories. Returns how many it lists.</summary>
    public static int AppendComponents(StringBuilder text, ArchitectureSnapshot architecture, IReadOnlyList<StorySummary> stories)
    {
        if (architecture.Components.IsEmpty)
        {
            text.Append("(no components yet)\n\n");
            return 0;
        }

        var modules = architecture.Components.ToDictionary(c => c.Id, c => c.ModuleName);
        var storiesOf = stories.Where(s => s.ComponentId is not null).ToLookup(s => s.ComponentId!.Value);
        var shown = AppendBounded(text, TreeOrder(architecture), entry => Line(entry.Component, entry.Depth, modules, storiesOf[entry.Component.Id].ToList()),
            MaxComponents, ComponentChars, "components", "read them with `list_components()` or `show_architecture()`.");
        text.Append('\n');
        return shown;
    }

    /// <summary>Components depth-first under their parents; siblings in the snapshot's order (priority, module name).</summary>
    public static IReadOnlyList<(Component Component, int Depth)> TreeOrder(ArchitectureSnapshot architecture)
    {
        var ids = architecture.Components.Select(c => c.Id).ToHashSet();
        var children = architecture.Components.Where(c => c.ParentComponentId is { } p && ids.Contains(p)).ToLookup(c => c.ParentComponentId!.Value);
        var ordered = new List<(Component, int)>(architecture.Components.Length);
        var seen = new HashSet<Guid>();

        void Visit(Component component, int depth)
        {
            if (!seen.Add(component.Id))
            {
                return;
            }

            ordered.Add((component, depth));
            foreach (var child in children[component.Id])
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in architecture.Components.Where(c => c.ParentComponentId is not { } p || !ids.Contains(p)))
        {
            Visit(root, 0);
        }

        // Parents form no cycles, but a component that somehow has none as its root is still listed.
        foreach (var rest in architecture.Components)
        {
            Visit(rest, 0);
        }

        return ordered;
    }

    /// <summary>The components below a component, at any depth, given each component's children.</summary>
    public static int Descendants(ILookup<Guid, Component> children, Guid componentId)
    {
        var seen = new HashSet<Guid> { componentId };
        var pending = new Stack<Guid>([componentId]);
        while (pending.TryPop(out var id))
        {
            foreach (var child in children[id].Where(child => seen.Add(child.Id)))
            {
                pending.Push(child.Id);
            }
        }

        return seen.Count - 1;
    }

    private static string Line(Component component, int depth, Dictionary<Guid, string> modules, List<StorySummary> stories)
    {
        var text = new StringBuilder();
        text.Append(' ', 2 * Math.Min(depth, MaxDepthIndent)).Append("- ").Append(Code(component.ModuleName)).Append(' ').Append(component.Type)
            .Append(" \"").Append(OneLine(component.Name, 100)).Append("\" (id ").Append(component.Id).Append(')');
        if (!string.IsNullOrWhiteSpace(component.Description))
        {
            text.Append(": ").Append(OneLine(component.Description, 160));
        }

        if (!component.DependsOn.IsEmpty)
        {
            var targets = component.DependsOn.Select(id => modules.GetValueOrDefault(id) ?? id.ToString()).Order(StringComparer.Ordinal).ToList();
            text.Append(" · depends on ").Append(string.Join(", ", targets.Take(MaxDependenciesShown).Select(Code)));
            if (targets.Count > MaxDependenciesShown)
            {
                text.Append(", …").Append(targets.Count - MaxDependenciesShown).Append(" more");
            }
        }

        text.Append(" · stories: ");
        if (stories.Count == 0)
        {
            text.Append("none");
        }
        else
        {
            text.Append(stories.Count).Append(" (").Append(string.Join("; ", stories.Take(MaxStoriesPerComponent).Select(s => OneLine(s.Title, 80))));
            text.Append(stories.Count > MaxStoriesPerComponent ? $"; …{stories.Count - MaxStoriesPerComponent} more)" : ")");
        }

        return text.Append('\n').ToString();
    }

    private static string Names(IEnumerable<ComponentTypeDefinition> types) =>
        string.Join(", ", types.Select(t => t.Name).Order(StringComparer.Ordinal).Select(Code));
}
