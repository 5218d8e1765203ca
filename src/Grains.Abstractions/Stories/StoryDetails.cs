using System.Collections.Immutable;

namespace CodeMySpec.Stories;

/// <summary>A story with its ordered criteria; <see cref="Version"/> grows with every change.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryDetails")]
public sealed record StoryDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid ProjectId,
    [property: Id(2)] string Title,
    [property: Id(3)] string Description,
    [property: Id(4)] StoryStatus Status,
    [property: Id(5)] int Priority,
    [property: Id(6)] Guid? ComponentId,
    [property: Id(7)] ImmutableArray<Criterion> Criteria,
    [property: Id(8)] int Version,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt);
