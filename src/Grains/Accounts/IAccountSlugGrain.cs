namespace CodeMySpec.Accounts;

/// <summary>
/// Holds one slug (key: <c>slug:&lt;slug&gt;</c>) for the account that claimed it, which makes slugs
/// unique across the cluster without a table scan or a singleton.
/// </summary>
[Alias("CodeMySpec.Accounts.IAccountSlugGrain")]
internal interface IAccountSlugGrain : IGrainWithStringKey
{
    /// <summary>Claims the slug for the account; true when it is (or already was) that account's.</summary>
    [Alias("Claim")]
    Task<bool> ClaimAsync(Guid accountId);

    /// <summary>Frees the slug if the account holds it.</summary>
    [Alias("Release")]
    Task ReleaseAsync(Guid accountId);
}
