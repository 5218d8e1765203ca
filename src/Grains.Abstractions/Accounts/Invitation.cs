namespace CodeMySpec.Accounts;

/// <summary>A pending invitation to join an account, as its owners and admins see it (never with its token).</summary>
/// <param name="InvitedBy">The user id of the owner or admin who sent it.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Accounts.Invitation")]
public sealed record Invitation(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid AccountId,
    [property: Id(2)] string Email,
    [property: Id(3)] MemberRole Role,
    [property: Id(4)] Guid InvitedBy,
    [property: Id(5)] DateTimeOffset InvitedAt,
    [property: Id(6)] DateTimeOffset ExpiresAt);
