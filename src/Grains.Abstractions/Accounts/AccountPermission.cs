namespace CodeMySpec.Accounts;

/// <summary>What a caller wants to do with an account (DOMAIN.md §1 rights).</summary>
public enum AccountPermission
{
    /// <summary>See the account, its members and projects: any member.</summary>
    Read = 0,

    /// <summary>Rename, manage members and projects: owner or admin.</summary>
    Manage = 1,

    /// <summary>Delete the account: owner only.</summary>
    Delete = 2,
}
