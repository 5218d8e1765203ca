using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>The analyses of DOMAIN.md §3 over a component model and the project's stories. Pure.</summary>
internal static class ArchitectureAnalyses
{
    public const int HighFanOut = 5;

    public static ImmutableArray<ArchitectureLayer> View(ArchitectureModel model, IReadOnlyList<StoryLink> stories)
    {
        var (depths, order) = DependencyGraph.Layers(model);
        var byComponent = StoriesByComponent(stories);
        var cyclic = model.Components.Keys.Where(id => !depths.ContainsKey(id));
        var deepest = depths.Count == 0 ? -1 : depths.Values.Max();

        // Components on a cycle cannot have a depth; they go last, so that nothing disappears from the view.
        return [.. order.Select(id => (Depth: depths[id], Id: id))
            .Concat(cyclic.Order().Select(id => (Depth: deepest + 1, Id: id)))
            .GroupBy(x => x.Depth)
            .OrderBy(g => g.Key)
            .Select(g => new ArchitectureLayer(g.Key, [.. g.Select(x => new ComponentView(ToComponent(model, x.Id), byComponent[x.Id].ToImmutableArray()))]))];
    }

    public static HealthSummary Health(ArchitectureModel model, IReadOnlyList<StoryLink> stories)
    {
        var orphaned = stories.Count(s => s.ComponentId is null);
        var missing = stories.Where(s => s.ComponentId is { } id && !model.Components.ContainsKey(id)).ToImmutableArray();
        var orphanPercentage = stories.Count == 0 ? 0 : Math.Round(100.0 * orphaned / stories.Count, 1);
        var fanOut = model.Components.Keys.Where(id => model.DependenciesOf(id).Count > HighFanOut)
            .OrderBy(id => model.Components[id].ModuleName, StringComparer.Ordinal).ToImmutableArray();
        var cycles = DependencyGraph.FindCycles(model).Select(c => DependencyGraph.Describe(model, c)).ToImmutableArray();

        var coverageScore = Clamp(100 - orphanPercentage);
        var dependencyScore = Clamp(100 - (10 * missing.Length) - (5 * fanOut.Length) - (cycles.IsEmpty ? 0 : 20));
        var overall = (int)Math.Round((coverageScore + dependencyScore) / 2.0, MidpointRounding.AwayFromZero);
        return new(stories.Count, orphaned, orphanPercentage, CoverageLevel(orphanPercentage), missing, fanOut, cycles,
            coverageScore, dependencyScore, overall, Level(overall));
    }

    /// <summary>Orphan share: 0 excellent, up to 10% good, up to 25% fair, else poor.</summary>
    public static string CoverageLevel(double orphanPercentage) => orphanPercentage switch
    {
        0 => "excellent",
        <= 10 => "good",
        <= 25 => "fair",
        _ => "poor",
    };

    /// <summary>Overall level: at least 85 excellent, 70 good, 50 fair, else poor.</summary>
    public static string Level(int score) => score switch
    {
        >= 85 => "excellent",
        >= 70 => "good",
        >= 50 => "fair",
        _ => "poor",
    };

    public static ImmutableArray<ComponentStatistics> Statistics(ArchitectureModel model, IReadOnlyList<StoryLink> stories)
    {
        var byComponent = StoriesByComponent(stories);
        return [.. model.Components.Values.OrderBy(c => c.ModuleName, StringComparer.Ordinal)
            .Select(c => new ComponentStatistics(c.Id, c.ModuleName, c.Type, byComponent[c.Id].Count(),
                model.DependentsOf(c.Id).Count, model.DependenciesOf(c.Id).Count))];
    }

    /// <summary>Contexts with no stories of their own that no story-bearing component reaches through its dependencies.</summary>
    public static ImmutableArray<Component> OrphanedContexts(ArchitectureModel model, IReadOnlyList<StoryLink> stories)
    {
        var bearing = stories.Where(s => s.ComponentId is { } id && model.Components.ContainsKey(id)).Select(s => s.ComponentId!.Value).ToHashSet();
        var reached = new HashSet<Guid>(bearing);
        var queue = new Queue<Guid>(bearing);
        while (queue.TryDequeue(out var id))
        {
            foreach (var target in model.DependenciesOf(id).Where(reached.Add))
            {
                queue.Enqueue(target);
            }
        }

        return [.. model.Components.Values.Where(c => ComponentTypes.IsContext(c.Type) && !reached.Contains(c.Id))
            .OrderBy(c => c.ModuleName, StringComparer.Ordinal).Select(c => ToComponent(model, c.Id))];
    }

    public static ImmutableArray<Component> DependencyOrder(ArchitectureModel model) =>
        [.. DependencyGraph.Layers(model).Order.Select(id => ToComponent(model, id))];

    public static ImpactReport Impact(ArchitectureModel model, Guid componentId, IReadOnlyList<StoryLink> stories)
    {
        var dependents = DependencyGraph.TransitiveDependents(model, componentId)
            .OrderBy(id => model.Components[id].ModuleName, StringComparer.Ordinal).ToImmutableArray();
        var touched = dependents.Append(componentId).ToHashSet();
        var affected = stories.Where(s => s.ComponentId is { } id && touched.Contains(id))
            .OrderBy(s => s.Title, StringComparer.Ordinal).ToImmutableArray();
        var files = new[] { componentId }.Concat(dependents)
            .Select(id => PathsOf(model.Components[id])).ToImmutableArray();
        return new(componentId, dependents, affected, files);
    }

    private static ComponentPaths PathsOf(ComponentRow component)
    {
        var paths = ComponentTypes.Profile.PathsFor(component.ModuleName, component.Type);
        return new(component.Id, component.ModuleName, paths.SpecFile, paths.CodeFile, paths.TestFile);
    }

    public static GraphValidation Validate(ArchitectureModel model)
    {
        var cycles = DependencyGraph.FindCycles(model).Select(c => DependencyGraph.Describe(model, c)).ToImmutableArray();
        return new(cycles.IsEmpty, cycles);
    }

    public static Component ToComponent(ArchitectureModel model, Guid id)
    {
        var row = model.Components[id];
        return new(row.Id, row.Name, row.ModuleName, row.Type, row.Description, row.Priority, row.ParentId,
            [.. model.DependenciesOf(id).Order()], [.. model.SimilarTo(id).Order()]);
    }

    private static ILookup<Guid, StoryLink> StoriesByComponent(IReadOnlyList<StoryLink> stories) =>
        stories.Where(s => s.ComponentId is not null).OrderBy(s => s.Title, StringComparer.Ordinal).ToLookup(s => s.ComponentId!.Value);

    private static int Clamp(double score) => (int)Math.Clamp(Math.Round(score, MidpointRounding.AwayFromZero), 0, 100);
}
