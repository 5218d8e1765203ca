using System.Collections.Immutable;

namespace CodeMySpec.Coordinator;

/// <summary>
/// One requirement of a component (DOMAIN.md §5). Effectively satisfied = satisfied and every prerequisite effectively
/// satisfied; actionable = unsatisfied, has a session type, and its prerequisites are effectively satisfied.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.RequirementStatus")]
public sealed record RequirementStatus(
    [property: Id(0)] string Name,
    [property: Id(1)] bool Satisfied,
    [property: Id(2)] bool EffectivelySatisfied,
    [property: Id(3)] bool Actionable,
    [property: Id(4)] string? SessionType,
    [property: Id(5)] ImmutableArray<string> Prerequisites,
    [property: Id(6)] string Details);
