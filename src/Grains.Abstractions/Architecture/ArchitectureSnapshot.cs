using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>A project's whole component graph at one version.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ArchitectureSnapshot")]
public sealed record ArchitectureSnapshot(
    [property: Id(0)] Guid ProjectId,
    [property: Id(1)] long Version,
    [property: Id(2)] ImmutableArray<Component> Components,
    [property: Id(3)] ImmutableArray<Dependency> Dependencies);
