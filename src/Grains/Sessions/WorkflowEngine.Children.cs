using System.Collections.Immutable;
using CodeMySpec.Architecture;
using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Sessions;

internal static partial class WorkflowEngine
{
    /// <summary>
    /// The children a spawn step starts. context_component_specs: a spec session per direct child component, then one
    /// design review. context_implementation: the context's descendants in dependency waves (a component comes after
    /// the descendants it depends on); each wave first gets its test sessions, then its code sessions.
    /// </summary>
    public static (WorkflowState State, ImmutableArray<ChildPlan> Children) PlanChildren(
        WorkflowState state, SessionSubject subject, ArchitectureSnapshot architecture)
    {
        switch (state.Step)
        {
            case SpawnComponentSpecs:
                return (state, [.. architecture.Components
                    .Where(c => c.ParentComponentId == subject.ComponentId)
                    .OrderBy(c => c.Priority).ThenBy(c => c.ModuleName, StringComparer.Ordinal)
                    .Select(c => new ChildPlan(ComponentTypes.IsContext(c.Type) ? SessionType.ContextSpec : SessionType.ComponentSpec, c.Id))]);
            case SpawnDesignReview:
                return (state, [new ChildPlan(SessionType.ContextDesignReview, subject.ComponentId)]);
            case SpawnTests or SpawnCode:
                var waves = state.Waves.IsEmpty ? Waves(architecture, subject.ComponentId) : state.Waves;
                state = state with { Waves = waves };
                if (state.Wave >= waves.Length)
                {
                    return (state, []);
                }

                var byId = architecture.Components.ToDictionary(c => c.Id);
                var wave = waves[state.Wave].Where(byId.ContainsKey).Select(id => byId[id]);
                return state.Step == SpawnTests
                    ? (state, [.. wave.Where(c => IsTested(c.Type)).Select(c => new ChildPlan(SessionType.ComponentTest, c.Id))])
                    : (state, [.. wave.Select(c => new ChildPlan(SessionType.ComponentCode, c.Id))]);
            default:
                throw new InvalidOperationException($"{state.Step} spawns no children.");
        }
    }

    /// <summary>
    /// The children of the current spawn step reported: a failed or cancelled child fails the parent, and when all
    /// completed the parent moves on (null while some are still running).
    /// </summary>
    public static StepOutcome? ChildrenEnded(WorkflowState state, IReadOnlyDictionary<Guid, SessionStatus> children)
    {
        if (children.FirstOrDefault(c => c.Value is SessionStatus.Failed or SessionStatus.Cancelled) is { Key: var id, Value: var status } && id != Guid.Empty)
        {
            var verb = status == SessionStatus.Failed ? "failed" : "was cancelled";
            return new StepOutcome(state, ResultStatus.Error, $"Child session {id} {verb}.", SessionStatus.Failed,
                $"Child session {id} {verb} at {state.Step}; get_session on it shows why.");
        }

        if (children.Values.Any(s => s != SessionStatus.Complete))
        {
            return null;
        }

        var next = state.Step switch
        {
            SpawnComponentSpecs => SpawnDesignReview,
            SpawnTests => SpawnCode,
            SpawnCode when state.Wave + 1 < state.Waves.Length => SpawnTests,
            _ => FinalizeStep,
        };
        var moved = state.Step == SpawnCode && next == SpawnTests ? state with { Wave = state.Wave + 1 } : state;
        return Ok(moved with { Children = [] }, next);
    }

    public static bool IsTested(string componentType) =>
        ComponentTypes.Profile.ComponentTypes.TryGetValue(componentType, out var type) && type.Requirements.Contains(Profiles.RequirementKind.TestFile);

    private static ImmutableArray<ImmutableArray<Guid>> Waves(ArchitectureSnapshot architecture, Guid root)
    {
        var children = architecture.Components.ToLookup(c => c.ParentComponentId);
        var descendants = new Dictionary<Guid, Component>();
        var queue = new Queue<Guid>([root]);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var child in children[parent].Where(c => descendants.TryAdd(c.Id, c)))
            {
                queue.Enqueue(child.Id);
            }
        }

        // The graph is acyclic, so every round places at least one component.
        var placed = new HashSet<Guid>();
        var waves = ImmutableArray.CreateBuilder<ImmutableArray<Guid>>();
        while (placed.Count < descendants.Count)
        {
            ImmutableArray<Guid> wave = [.. descendants.Values
                .Where(c => !placed.Contains(c.Id) && c.DependsOn.All(d => !descendants.ContainsKey(d) || placed.Contains(d)))
                .OrderBy(c => c.Priority).ThenBy(c => c.ModuleName, StringComparer.Ordinal)
                .Select(c => c.Id)];
            if (wave.IsEmpty)
            {
                break;
            }

            placed.UnionWith(wave);
            waves.Add(wave);
        }

        return waves.ToImmutable();
    }
}
