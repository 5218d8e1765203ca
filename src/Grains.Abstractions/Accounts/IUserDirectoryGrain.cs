using CodeMySpec.Security;

namespace CodeMySpec.Accounts;

/// <summary>
/// The accounts one person belongs to (key: user id): an index for the UI and token issuance that the
/// account grains keep up to date. Each account grain stays the authority on who may do what.
/// </summary>
[Alias("CodeMySpec.Accounts.IUserDirectoryGrain")]
public interface IUserDirectoryGrain : IGrainWithGuidKey
{
    /// <summary>Returns the person's accounts and roles; only that person may ask.</summary>
    [Alias("Get")]
    Task<UserAccounts> GetAsync(Actor caller);
}
