namespace CodeMySpec.Coordinator;

/// <summary>The claim handed out, or none with the reason (nothing actionable, or all of it claimed).</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.ClaimOutcome")]
public sealed record ClaimOutcome([property: Id(0)] WorkClaim? Claim, [property: Id(1)] string Message);
