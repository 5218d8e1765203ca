using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>A component in the architecture view: itself and the stories it satisfies.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ComponentView")]
public sealed record ComponentView([property: Id(0)] Component Component, [property: Id(1)] ImmutableArray<StoryLink> Stories);
