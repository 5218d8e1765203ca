namespace CodeMySpec.Sessions;

/// <summary>How the step judged a submitted result and where the session went: the next step, or its end.</summary>
/// <param name="Feedback">What failed (the checks' findings, a parse error), or null when the step passed.</param>
/// <param name="Next">
/// The command the session is now waiting for, already leased, so the agent can go on without asking
/// get_next_command; null when the session ended or the next step is only prepared when asked (child sessions).
/// </param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SubmitOutcome")]
public sealed record SubmitOutcome(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid InteractionId,
    [property: Id(2)] string Step,
    [property: Id(3)] ResultStatus Verdict,
    [property: Id(4)] string? Feedback,
    [property: Id(5)] SessionStatus Status,
    [property: Id(6)] string NextStep,
    [property: Id(7)] string? FailureReason,
    [property: Id(8)] NextCommand? Next = null);
