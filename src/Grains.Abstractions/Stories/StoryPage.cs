using System.Collections.Immutable;

namespace CodeMySpec.Stories;

/// <summary>One page of a project's stories, in creation order, and how many matched in all.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryPage")]
public sealed record StoryPage(
    [property: Id(0)] ImmutableArray<StorySummary> Items,
    [property: Id(1)] int Total,
    [property: Id(2)] int Limit,
    [property: Id(3)] int Offset);

/// <summary>Which stories to list: <see cref="Search"/> matches title or description, ignoring case.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryQuery")]
public sealed record StoryQuery(
    [property: Id(0)] int Limit = StoryQuery.DefaultLimit,
    [property: Id(1)] int Offset = 0,
    [property: Id(2)] string? Search = null)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
