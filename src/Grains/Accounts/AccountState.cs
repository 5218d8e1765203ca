namespace CodeMySpec.Accounts;

/// <summary>The persisted state of an account grain (stored as JSON under the state name "account").</summary>
internal sealed class AccountState
{
    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public AccountType Type { get; set; }

    public List<AccountMember> Members { get; set; } = [];

    public List<Guid> ProjectIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Pending invitations, and answered ones until their expiry passes and the sweep drops them.</summary>
    public List<InvitationState> Invitations { get; set; } = [];
}
