using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>
/// The architecture's health (DOMAIN.md §3): story coverage, missing references, high fan-out, cycles, and
/// scores. Levels are excellent, good, fair, poor.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.HealthSummary")]
public sealed record HealthSummary(
    [property: Id(0)] int Stories,
    [property: Id(1)] int OrphanedStories,
    [property: Id(2)] double OrphanPercentage,
    [property: Id(3)] string CoverageLevel,
    [property: Id(4)] ImmutableArray<StoryLink> MissingReferences,
    [property: Id(5)] ImmutableArray<Guid> HighFanOut,
    [property: Id(6)] ImmutableArray<string> Cycles,
    [property: Id(7)] int CoverageScore,
    [property: Id(8)] int DependencyScore,
    [property: Id(9)] int OverallScore,
    [property: Id(10)] string Level);
