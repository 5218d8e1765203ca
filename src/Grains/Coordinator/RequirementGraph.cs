using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Profiles;
using ComponentPaths = CodeMySpec.Profiles.ComponentPaths;

namespace CodeMySpec.Coordinator;

/// <summary>
/// The shape of a project as the requirement engine reads it, indexed for incremental updates: the dependency order
/// (a component's position in it), each component's paths and the components that own a path, children, parents and
/// dependents. Built once per architecture shape; evidence changes never rebuild it.
/// </summary>
internal sealed class RequirementGraph
{
    private RequirementGraph(IReadOnlyList<Component> components, StackProfile profile)
    {
        Profile = profile;
        var byId = new Dictionary<Guid, Component>(components.Count);
        foreach (var component in components)
        {
            byId[component.Id] = component;
        }

        ById = byId;
        Order = [.. RequirementEngine.DependencyOrder(components, byId)];
        var position = new Dictionary<Guid, int>(Order.Length);
        for (var p = 0; p < Order.Length; p++)
        {
            position[Order[p].Id] = p;
        }

        Position = position;

        Children = components.Where(c => c.ParentComponentId is { } parent && ById.ContainsKey(parent)).ToLookup(c => c.ParentComponentId!.Value);
        Paths = components.ToDictionary(c => c.Id, c => profile.PathsFor(c.ModuleName, c.Type));
        var dependents = new List<int>?[Order.Length];
        var byPath = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < Order.Length; p++)
        {
            foreach (var target in Order[p].DependsOn.Distinct())
            {
                if (Position.TryGetValue(target, out var q))
                {
                    (dependents[q] ??= []).Add(p);
                }
            }

            var paths = Paths[Order[p].Id];
            foreach (var path in new[] { paths.SpecFile, paths.CodeFile, paths.TestFile, paths.ReviewFile }.OfType<string>().Distinct())
            {
                (byPath.TryGetValue(path, out var owners) ? owners : byPath[path] = []).Add(p);
            }
        }

        Dependents = [.. dependents.Select(d => d is null ? ImmutableArray<int>.Empty : [.. d])];
        ByPath = byPath.ToDictionary(e => e.Key, e => e.Value.ToImmutableArray(), StringComparer.Ordinal);
        TestFiles = Paths.Values.Select(p => p.TestFile).ToHashSet(StringComparer.Ordinal);
    }

    public StackProfile Profile { get; }

    /// <summary>Components in dependency order (dependencies first, then priority, then module name).</summary>
    public ImmutableArray<Component> Order { get; }

    public IReadOnlyDictionary<Guid, int> Position { get; }

    public IReadOnlyDictionary<Guid, Component> ById { get; }

    public IReadOnlyDictionary<Guid, ComponentPaths> Paths { get; }

    public ILookup<Guid, Component> Children { get; }

    /// <summary>Per position, the positions of the components that depend on it.</summary>
    public ImmutableArray<ImmutableArray<int>> Dependents { get; }

    /// <summary>Per path, the positions of the components whose spec, code, test or review file it is.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<int>> ByPath { get; }

    /// <summary>Every component's test file: a test report's files are attributed to these.</summary>
    public IReadOnlySet<string> TestFiles { get; }

    public static RequirementGraph Build(IReadOnlyList<Component> components, StackProfile profile) => new(components, profile);

    /// <summary>Parents up to the root (the architecture keeps parents acyclic; the bound only guards against a broken graph).</summary>
    public IEnumerable<Component> Ancestors(Component component)
    {
        for (var (next, hops) = (component.ParentComponentId, 0); next is { } id && ById.TryGetValue(id, out var parent) && hops < ById.Count; next = parent.ParentComponentId, hops++)
        {
            yield return parent;
        }
    }

    /// <summary>
    /// Whether the engine would read these components exactly as this graph does: the same ids, module names, types,
    /// priorities, parents and dependencies. Then a new architecture version changed only names, descriptions, links
    /// or specs, and the graph can be kept.
    /// </summary>
    public bool SameShape(IReadOnlyList<Component> components) =>
        components.Count == ById.Count && components.All(c => ById.TryGetValue(c.Id, out var held)
            && held.ModuleName == c.ModuleName && held.Type == c.Type && held.Priority == c.Priority
            && held.ParentComponentId == c.ParentComponentId && held.DependsOn.SequenceEqual(c.DependsOn));
}
