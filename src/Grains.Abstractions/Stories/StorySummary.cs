namespace CodeMySpec.Stories;

/// <summary>A story as the project's story index lists it.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StorySummary")]
public sealed record StorySummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Title,
    [property: Id(2)] StoryStatus Status,
    [property: Id(3)] int Priority,
    [property: Id(4)] Guid? ComponentId,
    [property: Id(5)] string ShortDescription);
