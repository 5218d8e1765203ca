using CodeMySpec.Security;

namespace CodeMySpec.Coordinator;

/// <summary>One caller's hold on one component's next action until <see cref="ExpiresAt"/>; an expired claim returns the work to the pool.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.WorkClaim")]
public sealed record WorkClaim(
    [property: Id(0)] Guid ClaimId,
    [property: Id(1)] Guid ComponentId,
    [property: Id(2)] string ModuleName,
    [property: Id(3)] string Requirement,
    [property: Id(4)] string SessionType,
    [property: Id(5)] Actor HeldBy,
    [property: Id(6)] DateTimeOffset ClaimedAt,
    [property: Id(7)] DateTimeOffset ExpiresAt);
