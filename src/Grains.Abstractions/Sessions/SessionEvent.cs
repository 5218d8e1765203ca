namespace CodeMySpec.Sessions;

/// <summary>One agent hook event on an interaction; <see cref="Data"/> is the hook's JSON as sent (truncated when huge).</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SessionEvent")]
public sealed record SessionEvent(
    [property: Id(0)] SessionEventType EventType,
    [property: Id(1)] string? Data,
    [property: Id(2)] DateTimeOffset RecordedAt);
