using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>
/// One step of a session: the command handed out, the result submitted (null while pending), the step's verdict
/// and feedback on it, the lease, and the agent's hook events. Interactions are never deleted.
/// </summary>
/// <param name="Verdict">The result's status as the step judged it (it may rewrite an <c>ok</c> into an <c>error</c>).</param>
/// <param name="LeasedUntil">When a pending command is handed out again if no result came (null: not leased).</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.Interaction")]
public sealed record Interaction(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string StepName,
    [property: Id(2)] SessionCommand Command,
    [property: Id(3)] InteractionStatus Status,
    [property: Id(4)] SessionResult? Result,
    [property: Id(5)] ResultStatus? Verdict,
    [property: Id(6)] string? Feedback,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset? LeasedUntil,
    [property: Id(9)] DateTimeOffset? CompletedAt,
    [property: Id(10)] ImmutableArray<SessionEvent> Events);
