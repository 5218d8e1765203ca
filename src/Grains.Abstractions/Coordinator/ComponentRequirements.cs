using System.Collections.Immutable;

namespace CodeMySpec.Coordinator;

/// <summary>
/// A component's status from the reported evidence: which files exist, how its tests ran (<c>passing</c>,
/// <c>failing</c> or <c>not_run</c>), each requirement in order, and its next action.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.ComponentRequirements")]
public sealed record ComponentRequirements(
    [property: Id(0)] Guid ComponentId,
    [property: Id(1)] string ModuleName,
    [property: Id(2)] string Type,
    [property: Id(3)] int Priority,
    [property: Id(4)] bool DesignExists,
    [property: Id(5)] bool CodeExists,
    [property: Id(6)] bool TestExists,
    [property: Id(7)] string TestStatus,
    [property: Id(8)] ImmutableArray<string> FailingTests,
    [property: Id(9)] ImmutableArray<RequirementStatus> Requirements,
    [property: Id(10)] string NextAction,
    [property: Id(11)] bool Complete);
