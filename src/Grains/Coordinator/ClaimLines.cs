using CodeMySpec.Architecture;

namespace CodeMySpec.Coordinator;

/// <summary>
/// Which components live claims hold. A claim holds its component's whole line: the component, its ancestors and its
/// descendants. Context work reaches into the children (context_spec writes stub specs for them, context_component_specs
/// and context_implementation run their sessions, the design review reads their specs), and a child's work changes
/// what its context's work reads; two agents on one line would write over each other. Siblings stay independent.
/// Pure.
/// </summary>
internal sealed class ClaimLines
{
    private readonly RequirementGraph _graph;
    private readonly HashSet<Guid> _claimed = [];
    private readonly HashSet<Guid> _claimedOrAbove = [];

    public ClaimLines(RequirementGraph graph, IEnumerable<WorkClaim> claims)
    {
        _graph = graph;
        foreach (var claim in claims)
        {
            _claimed.Add(claim.ComponentId);
            _claimedOrAbove.Add(claim.ComponentId);
            if (graph.ById.TryGetValue(claim.ComponentId, out var component))
            {
                _claimedOrAbove.UnionWith(graph.Ancestors(component).Select(a => a.Id));
            }
        }
    }

    /// <summary>Whether a claim holds the component, one of its ancestors, or one of its descendants.</summary>
    public bool Holds(Guid componentId) =>
        _claimedOrAbove.Contains(componentId)
        || (_claimed.Count > 0 && _graph.ById.TryGetValue(componentId, out var component) && _graph.Ancestors(component).Any(a => _claimed.Contains(a.Id)));

    /// <summary>Whether a claim on <paramref name="claimed"/> holds <paramref name="componentId"/>: the same component, an ancestor or a descendant.</summary>
    public static bool OnLine(RequirementGraph graph, Guid claimed, Guid componentId) =>
        claimed == componentId || Above(graph, claimed, componentId) || Above(graph, componentId, claimed);

    private static bool Above(RequirementGraph graph, Guid ancestor, Guid componentId) =>
        graph.ById.TryGetValue(componentId, out Component? component) && graph.Ancestors(component).Any(a => a.Id == ancestor);
}
