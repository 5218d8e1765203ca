namespace CodeMySpec.Stories;

/// <summary>One acceptance criterion. A verified one is locked against agents.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.Criterion")]
public sealed record Criterion(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Description,
    [property: Id(2)] bool Verified,
    [property: Id(3)] DateTimeOffset? VerifiedAt);
