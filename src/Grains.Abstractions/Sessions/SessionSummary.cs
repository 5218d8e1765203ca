namespace CodeMySpec.Sessions;

/// <summary>A session as the project's session list shows it.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SessionSummary")]
public sealed record SessionSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] SessionType Type,
    [property: Id(2)] SessionStatus Status,
    [property: Id(3)] Guid ComponentId,
    [property: Id(4)] Guid? ParentSessionId,
    [property: Id(5)] string Step,
    [property: Id(6)] string? FailureReason,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset UpdatedAt);
