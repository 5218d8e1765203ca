using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>What a change to one component touches: its transitive dependents, their stories and their files.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ImpactReport")]
public sealed record ImpactReport(
    [property: Id(0)] Guid ComponentId,
    [property: Id(1)] ImmutableArray<Guid> Dependents,
    [property: Id(2)] ImmutableArray<StoryLink> AffectedStories,
    [property: Id(3)] ImmutableArray<ComponentPaths> Files);
