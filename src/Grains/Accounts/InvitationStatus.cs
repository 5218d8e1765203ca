namespace CodeMySpec.Accounts;

/// <summary>Where an invitation stands at a given moment.</summary>
internal enum InvitationStatus
{
    Pending = 0,
    Accepted = 1,
    Cancelled = 2,
    Expired = 3,
}
