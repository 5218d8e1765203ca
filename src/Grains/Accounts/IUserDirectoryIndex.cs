namespace CodeMySpec.Accounts;

/// <summary>
/// The side of the user directory (key: user id) that only account grains call. Each call states what
/// the person is in one account now, so a retried or repeated call changes nothing.
/// </summary>
[Alias("CodeMySpec.Accounts.IUserDirectoryIndex")]
internal interface IUserDirectoryIndex : IGrainWithGuidKey
{
    /// <summary>Records the person's current role in an account, and the account as their personal one if it is.</summary>
    [Alias("RecordMembership")]
    Task RecordMembershipAsync(Guid accountId, MemberRole role, AccountType accountType);

    /// <summary>Forgets an account the person left, was removed from, or that was deleted.</summary>
    [Alias("ForgetMembership")]
    Task ForgetMembershipAsync(Guid accountId);
}
