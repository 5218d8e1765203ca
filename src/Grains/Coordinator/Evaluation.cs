using System.Collections.Immutable;

namespace CodeMySpec.Coordinator;

/// <summary>Every component's requirements, in dependency order (dependencies first), then priority, then module name.</summary>
internal sealed record Evaluation(ImmutableArray<ComponentRequirements> Components, IReadOnlyDictionary<Guid, ComponentRequirements> ById)
{
    /// <summary>Components whose first unsatisfied requirement is actionable, in order, with what to do.</summary>
    public IEnumerable<NextAction> NextActions(Func<Guid, bool> isClaimed) =>
        from component in Components
        let requirement = component.Requirements.FirstOrDefault(r => r.Actionable)
        where requirement is not null
        select new NextAction(component.ComponentId, component.ModuleName, component.Type, component.Priority, requirement.Name,
            requirement.SessionType!, requirement.Details, isClaimed(component.ComponentId));
}
