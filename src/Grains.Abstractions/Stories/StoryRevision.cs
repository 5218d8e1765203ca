using System.Collections.Immutable;
using CodeMySpec.Security;

namespace CodeMySpec.Stories;

/// <summary>One entry of a story's version history: who changed what, when.</summary>
/// <param name="Action">What was done, e.g. <c>created</c>, <c>updated</c>, <c>criterion_verified</c>.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryRevision")]
public sealed record StoryRevision(
    [property: Id(0)] int Version,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Actor By,
    [property: Id(3)] string Action,
    [property: Id(4)] ImmutableArray<StoryChange> Changes);

/// <summary>One changed field (or criterion, as <c>criteria[&lt;id&gt;]</c>) with its value before and after.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryChange")]
public sealed record StoryChange(
    [property: Id(0)] string Field,
    [property: Id(1)] string? Before,
    [property: Id(2)] string? After);
