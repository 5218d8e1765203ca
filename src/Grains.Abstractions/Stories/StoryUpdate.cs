using System.Collections.Immutable;

namespace CodeMySpec.Stories;

/// <summary>
/// A change to a story: null fields are kept. <see cref="Criteria"/>, when given, replaces the unverified
/// criteria; verified criteria always stay, first, in their order.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryUpdate")]
public sealed record StoryUpdate(
    [property: Id(0)] string? Title = null,
    [property: Id(1)] string? Description = null,
    [property: Id(2)] ImmutableArray<string>? Criteria = null,
    [property: Id(3)] StoryStatus? Status = null,
    [property: Id(4)] int? Priority = null);
