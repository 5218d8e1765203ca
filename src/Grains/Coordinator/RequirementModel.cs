using System.Collections.Immutable;

namespace CodeMySpec.Coordinator;

/// <summary>
/// The requirement engine kept up to date incrementally: every component's evaluation, the count of complete ones and
/// the next actions as positions in dependency order. A change of evidence re-evaluates only the components it can
/// affect: the owners of a changed path (spec, code, test or review file, or a test file whose results changed), their
/// ancestors (whose children requirements read descendants' files), components whose spec or approval changed, and
/// then, transitively, the dependents of every component whose completion flipped. The result equals
/// <see cref="RequirementEngine.Evaluate"/> over the same inputs (the property tests check that). No I/O; the inputs
/// may be live collections the caller changes, as long as it reports each change through <see cref="Update"/>.
/// </summary>
internal sealed class RequirementModel
{
    private readonly ComponentRequirements[] _results;
    private readonly Dictionary<Guid, List<string>> _missingSpecs = [];
    private readonly Dictionary<Guid, List<string>> _missingCode = [];
    private readonly SortedSet<int> _actionable = [];
    private ImmutableArray<ComponentRequirements>? _components;

    private RequirementModel(RequirementGraph graph, RequirementInputs inputs)
    {
        Graph = graph;
        Inputs = inputs;
        _results = new ComponentRequirements[graph.Order.Length];
        for (var p = 0; p < _results.Length; p++)
        {
            Set(p, EvaluateAt(p));
        }
    }

    public RequirementGraph Graph { get; }

    public RequirementInputs Inputs { get; private set; }

    public int CompleteCount { get; private set; }

    public int ActionableCount => _actionable.Count;

    /// <summary>Every component's requirements in dependency order.</summary>
    public ImmutableArray<ComponentRequirements> Components => _components ??= [.. _results];

    public static RequirementModel Build(RequirementInputs inputs) => new(RequirementGraph.Build(inputs.Components, inputs.Profile), inputs);

    /// <summary>The same graph with new inputs (a new spec or approval map) and what changed in them.</summary>
    public void Update(RequirementInputs inputs, RequirementChange change)
    {
        Inputs = inputs;
        var queue = new PriorityQueue<int, int>();
        var queued = new HashSet<int>();
        void Enqueue(int p)
        {
            if (queued.Add(p))
            {
                queue.Enqueue(p, p);
            }
        }

        foreach (var path in change.Paths)
        {
            foreach (var p in Graph.ByPath.GetValueOrDefault(path, []))
            {
                Enqueue(p);
                foreach (var ancestor in Graph.Ancestors(Graph.Order[p]))
                {
                    _missingSpecs.Remove(ancestor.Id);
                    _missingCode.Remove(ancestor.Id);
                    Enqueue(Graph.Position[ancestor.Id]);
                }
            }
        }

        foreach (var id in change.Components)
        {
            if (Graph.Position.TryGetValue(id, out var p))
            {
                Enqueue(p);
            }
        }

        // In position order, so every dependency is final before a dependent reads its completion.
        while (queue.TryDequeue(out var p, out _))
        {
            var before = _results[p].Complete;
            Set(p, EvaluateAt(p));
            if (_results[p].Complete != before)
            {
                foreach (var dependent in Graph.Dependents[p].Where(d => d > p))
                {
                    Enqueue(dependent);
                }
            }
        }
    }

    public ComponentRequirements? Find(Guid componentId) =>
        Graph.Position.TryGetValue(componentId, out var p) ? _results[p] : null;

    /// <summary>Components whose first unsatisfied requirement is actionable, in dependency order, built lazily.</summary>
    public IEnumerable<NextAction> NextActions(Func<Guid, bool> isClaimed)
    {
        foreach (var p in _actionable)
        {
            var component = _results[p];
            var requirement = component.Requirements.First(r => r.Actionable);
            yield return new NextAction(component.ComponentId, component.ModuleName, component.Type, component.Priority, requirement.Name,
                requirement.SessionType!, requirement.Details, isClaimed(component.ComponentId));
        }
    }

    private void Set(int p, ComponentRequirements result)
    {
        if (_results[p] is { } old)
        {
            CompleteCount -= old.Complete ? 1 : 0;
        }

        _results[p] = result;
        CompleteCount += result.Complete ? 1 : 0;
        if (result.Requirements.Any(r => r.Actionable))
        {
            _actionable.Add(p);
        }
        else
        {
            _actionable.Remove(p);
        }

        _components = null;
    }

    // As RequirementEngine.Evaluate: a dependency counts as complete only when it comes earlier in the order (it always
    // does, unless a cycle slipped into the graph).
    private ComponentRequirements EvaluateAt(int p)
    {
        var component = Graph.Order[p];
        return RequirementEngine.EvaluateComponent(new RequirementEngine.ComponentContext(component, Graph.Paths[component.Id], Inputs,
            () => RequirementEngine.Missing(component.Id, Graph.Children, Graph.Paths, x => x.SpecFile, Inputs.Files, _missingSpecs),
            () => RequirementEngine.Missing(component.Id, Graph.Children, Graph.Paths, x => x.CodeFile, Inputs.Files, _missingCode),
            () => component.DependsOn.Where(d => Graph.Position.TryGetValue(d, out var q) && !(q < p && _results[q].Complete))
                .Select(d => Graph.ById[d].ModuleName).ToList()));
    }
}

/// <summary>What changed in a model's inputs: paths added or removed, test files whose results changed, and components whose spec or approval changed.</summary>
internal sealed record RequirementChange(IReadOnlyCollection<string> Paths, IReadOnlyCollection<Guid> Components)
{
    public static RequirementChange None { get; } = new([], []);
}
