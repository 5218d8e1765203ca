using System.Collections.Immutable;

namespace CodeMySpec.Stories;

/// <summary>A new story as a caller writes it (criteria in order, all unverified).</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryDraft")]
public sealed record StoryDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] ImmutableArray<string> Criteria,
    [property: Id(3)] StoryStatus Status = StoryStatus.InProgress,
    [property: Id(4)] int Priority = 0,
    [property: Id(5)] Guid? ComponentId = null);
