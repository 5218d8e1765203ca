using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>A session with its full audit trail: every interaction with its command, result, verdict and events.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SessionDetails")]
public sealed record SessionDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid ProjectId,
    [property: Id(2)] SessionType Type,
    [property: Id(3)] SessionStatus Status,
    [property: Id(4)] ExecutionMode ExecutionMode,
    [property: Id(5)] string Agent,
    [property: Id(6)] string Environment,
    [property: Id(7)] Guid ComponentId,
    [property: Id(8)] Guid? ParentSessionId,
    [property: Id(9)] string? ExternalConversationId,
    [property: Id(10)] AgentActivity AgentActivity,
    [property: Id(11)] SessionProgress State,
    [property: Id(12)] string? FailureReason,
    [property: Id(13)] DateTimeOffset CreatedAt,
    [property: Id(14)] DateTimeOffset UpdatedAt,
    [property: Id(15)] ImmutableArray<Interaction> Interactions);
