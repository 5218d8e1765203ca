namespace CodeMySpec.Sessions;

/// <summary>What a step made of a result: the next state, its verdict and feedback, and whether the session ended.</summary>
/// <param name="SpecToStore">A validated document the grain stores as the component's spec before it acknowledges.</param>
internal sealed record StepOutcome(
    WorkflowState State,
    ResultStatus Verdict,
    string? Feedback,
    SessionStatus Status = SessionStatus.Active,
    string? FailureReason = null,
    string? SpecToStore = null);
