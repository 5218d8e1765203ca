using System.Collections.Immutable;

namespace CodeMySpec.Stories;

/// <summary>The stories an import created, in the order of the file.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryImport")]
public sealed record StoryImport(
    [property: Id(0)] string? ProjectHeading,
    [property: Id(1)] ImmutableArray<StorySummary> Created);
