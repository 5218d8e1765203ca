namespace CodeMySpec.Accounts;

/// <summary>One invitation as its account stores it (DOMAIN.md §1); the secret only as a SHA-256 hash.</summary>
internal sealed class InvitationState
{
    public Guid Id { get; set; }

    public string Email { get; set; } = "";

    public MemberRole Role { get; set; }

    /// <summary>Lowercase hex SHA-256 of the token's secret bytes.</summary>
    public string SecretHash { get; set; } = "";

    public Guid InvitedBy { get; set; }

    public DateTimeOffset InvitedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Guid? AcceptedBy { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public Guid? CancelledBy { get; set; }
}
