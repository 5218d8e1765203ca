namespace CodeMySpec.Accounts;

/// <summary>
/// A new invitation and its token. This is the only time the token exists in clear (the account keeps a
/// hash), so the caller hands it to the invitee now; a lost token means cancelling and inviting again.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Accounts.InvitationIssued")]
public sealed record InvitationIssued([property: Id(0)] Invitation Invitation, [property: Id(1)] string Token)
{
    // A record prints every property; a token in a log line would let whoever reads the logs join the account.
    public override string ToString() => $"InvitationIssued {{ Invitation = {Invitation}, Token = *** }}";
}
