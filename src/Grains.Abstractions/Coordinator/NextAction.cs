namespace CodeMySpec.Coordinator;

/// <summary>
/// A component that has work whose prerequisites are met: the requirement to satisfy and the session type that does it.
/// <see cref="Claimed"/>: a live claim holds it, because it claimed this component or one on its line (its context or
/// a child), so it cannot be claimed now.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.NextAction")]
public sealed record NextAction(
    [property: Id(0)] Guid ComponentId,
    [property: Id(1)] string ModuleName,
    [property: Id(2)] string Type,
    [property: Id(3)] int Priority,
    [property: Id(4)] string Requirement,
    [property: Id(5)] string SessionType,
    [property: Id(6)] string Details,
    [property: Id(7)] bool Claimed);
