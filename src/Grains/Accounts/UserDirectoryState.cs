namespace CodeMySpec.Accounts;

/// <summary>The persisted state of a user directory grain (stored as JSON under the state name "user-directory").</summary>
internal sealed class UserDirectoryState
{
    public Guid? PersonalAccountId { get; set; }

    public List<UserMembership> Memberships { get; set; } = [];
}
