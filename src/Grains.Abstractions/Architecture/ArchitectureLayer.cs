using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>Components at one dependency depth (0: depends on nothing), each with its stories.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ArchitectureLayer")]
public sealed record ArchitectureLayer([property: Id(0)] int Depth, [property: Id(1)] ImmutableArray<ComponentView> Components);
