namespace CodeMySpec.Architecture;

/// <summary>
/// Graph algorithms over a component model's dependency edges (source depends on target): cycle detection
/// with the cycle's path, layering by dependency depth, topological order and transitive dependents.
/// </summary>
internal static class DependencyGraph
{
    /// <summary>
    /// The cycle that adding source → target would close, as ids from source back to source
    /// (source, target, ..., source); null when the edge keeps the graph acyclic.
    /// </summary>
    public static List<Guid>? CycleIfAdded(ArchitectureModel model, Guid source, Guid target)
    {
        if (source == target)
        {
            return [source, source];
        }

        var path = ShortestPath(target, source, model.DependenciesOf);
        return path is null ? null : [source, .. path];
    }

    /// <summary>Breadth-first shortest path from one node to another along the given edges.</summary>
    public static List<Guid>? ShortestPath(Guid from, Guid to, Func<Guid, IReadOnlySet<Guid>> next, IReadOnlySet<Guid>? within = null)
    {
        var cameFrom = new Dictionary<Guid, Guid> { [from] = from };
        var queue = new Queue<Guid>([from]);
        while (queue.TryDequeue(out var node))
        {
            if (node == to)
            {
                var path = new List<Guid> { to };
                while (path[^1] != from)
                {
                    path.Add(cameFrom[path[^1]]);
                }

                path.Reverse();
                return path;
            }

            foreach (var following in next(node))
            {
                if ((within is null || within.Contains(following)) && cameFrom.TryAdd(following, node))
                {
                    queue.Enqueue(following);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Depth of each component (0: depends on nothing; else one more than its deepest dependency) and the order in
    /// which they were settled, dependencies first (ties by priority, then module name). Components on or behind a
    /// cycle are left out of both.
    /// </summary>
    public static (Dictionary<Guid, int> Depths, List<Guid> Order) Layers(ArchitectureModel model)
    {
        var remaining = model.Components.Keys.ToDictionary(id => id, id => model.DependenciesOf(id).Count);
        var depths = new Dictionary<Guid, int>();
        var order = new List<Guid>(remaining.Count);
        var ready = new PriorityQueue<Guid, (int, string)>();
        foreach (var (id, count) in remaining.Where(p => p.Value == 0))
        {
            depths[id] = 0;
            ready.Enqueue(id, Rank(model, id));
        }

        while (ready.TryDequeue(out var id, out _))
        {
            order.Add(id);
            foreach (var dependent in model.DependentsOf(id))
            {
                depths[dependent] = Math.Max(depths.GetValueOrDefault(dependent), depths[id] + 1);
                if (--remaining[dependent] == 0)
                {
                    ready.Enqueue(dependent, Rank(model, dependent));
                }
            }
        }

        return (depths, order);
    }

    /// <summary>Every component that depends on the given one, directly or through others.</summary>
    public static HashSet<Guid> TransitiveDependents(ArchitectureModel model, Guid id)
    {
        var seen = new HashSet<Guid>();
        var queue = new Queue<Guid>([id]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var dependent in model.DependentsOf(node))
            {
                if (dependent != id && seen.Add(dependent))
                {
                    queue.Enqueue(dependent);
                }
            }
        }

        return seen;
    }

    /// <summary>Distinct cycles in the graph (at least one per strongly connected group), each as a closed id path.</summary>
    public static List<List<Guid>> FindCycles(ArchitectureModel model)
    {
        var (_, order) = Layers(model);
        var settled = order.ToHashSet();
        var unsettled = model.Components.Keys.Where(id => !settled.Contains(id)).ToHashSet();
        var cycles = new List<List<Guid>>();
        var reported = new HashSet<Guid>();
        foreach (var id in unsettled.OrderBy(id => model.Components[id].ModuleName, StringComparer.Ordinal))
        {
            if (reported.Contains(id))
            {
                continue;
            }

            var back = model.DependenciesOf(id).Where(unsettled.Contains)
                .Select(next => ShortestPath(next, id, model.DependenciesOf, unsettled))
                .Where(p => p is not null).MinBy(p => p!.Count);
            if (back is not null)
            {
                List<Guid> cycle = [id, .. back];
                cycles.Add(cycle);
                reported.UnionWith(cycle);
            }
        }

        return cycles;
    }

    /// <summary>A path of ids as module names: "A → B → C → A".</summary>
    public static string Describe(ArchitectureModel model, IEnumerable<Guid> path, IReadOnlyDictionary<Guid, string>? extraNames = null) =>
        string.Join(" → ", path.Select(id => model.Components.TryGetValue(id, out var c) ? c.ModuleName : extraNames?.GetValueOrDefault(id) ?? id.ToString()));

    private static (int, string) Rank(ArchitectureModel model, Guid id) => (model.Components[id].Priority, model.Components[id].ModuleName);
}
