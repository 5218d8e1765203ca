using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>Whether the dependency graph is acyclic; each cycle is a path such as "A → B → A".</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.GraphValidation")]
public sealed record GraphValidation([property: Id(0)] bool Valid, [property: Id(1)] ImmutableArray<string> Cycles);
