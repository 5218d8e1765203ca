using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Security;

namespace CodeMySpec.Accounts;

internal sealed class UserDirectoryGrain(
    [PersistentState("user-directory", StorageProviders.Postgres)] IPersistentState<UserDirectoryState> state)
    : Grain, IUserDirectoryGrain, IUserDirectoryIndex
{
    private Guid UserId => this.GetPrimaryKey();

    private UserDirectoryState Directory => state.State;

    public Task<UserAccounts> GetAsync(Actor caller)
    {
        var isThatPerson = caller.Kind == ActorKind.Person && Guid.TryParse(caller.Id, out var id) && id == UserId;
        return isThatPerson
            ? Task.FromResult(new UserAccounts(UserId, Directory.PersonalAccountId, [.. Directory.Memberships]))
            : throw DomainException.Forbidden("Only the person themselves may list the accounts they belong to.");
    }

    public async Task RecordMembershipAsync(Guid accountId, MemberRole role, AccountType accountType)
    {
        var membership = new UserMembership(accountId, role);
        var index = Directory.Memberships.FindIndex(m => m.AccountId == accountId);
        var personal = accountType == AccountType.Personal ? accountId : Directory.PersonalAccountId;
        if (index >= 0 && Directory.Memberships[index] == membership && personal == Directory.PersonalAccountId)
        {
            return;
        }

        if (index >= 0)
        {
            Directory.Memberships[index] = membership;
        }
        else
        {
            Directory.Memberships.Add(membership);
        }

        Directory.PersonalAccountId = personal;
        await state.WriteOrDiscardAsync(this);
    }

    public async Task ForgetMembershipAsync(Guid accountId)
    {
        var removed = Directory.Memberships.RemoveAll(m => m.AccountId == accountId) > 0;
        var wasPersonal = Directory.PersonalAccountId == accountId;
        if (!removed && !wasPersonal)
        {
            return;
        }

        if (wasPersonal)
        {
            Directory.PersonalAccountId = null;
        }

        await state.WriteOrDiscardAsync(this);
    }
}
