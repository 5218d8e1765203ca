using CodeMySpec.Errors;
using CodeMySpec.Security;

namespace CodeMySpec.Accounts;

/// <summary>Members and roles: who belongs to the account, and the rule that it always keeps an owner.</summary>
internal sealed partial class AccountGrain
{
    public async Task<AccountDetails> AddMemberAsync(Scope scope, Guid userId, MemberRole role)
    {
        var caller = Authorize(scope, AccountPermission.Manage);
        RequireDefinedRole(role);
        if (Account.Type == AccountType.Personal)
        {
            throw DomainException.Conflict("A personal account has only its owner; create a team account to add members.");
        }

        if (FindMember(userId) is not null)
        {
            throw DomainException.Conflict($"User {userId} is already a member; change their role instead.");
        }

        RequireOwnerToTouchOwnership(caller, role);
        Account.Members.Add(new AccountMember(userId, role, clock.GetUtcNow()));
        var details = await SaveAsync();
        await SyncDirectoriesAsync([userId]);
        return details;
    }

    public async Task<AccountDetails> ChangeMemberRoleAsync(Scope scope, Guid userId, MemberRole role)
    {
        var caller = Authorize(scope, AccountPermission.Manage);
        RequireDefinedRole(role);
        var member = FindMember(userId) ?? throw DomainException.NotFound($"User {userId} is not a member of this account.");
        if (member.Role != role)
        {
            RequireOwnerToTouchOwnership(caller, member.Role == MemberRole.Owner ? MemberRole.Owner : role);
            RequireAnotherOwner(member);
            Account.Members[Account.Members.IndexOf(member)] = member with { Role = role };
            await SaveAsync();
        }

        // Also on a no-op: repeating the call is how a caller repairs a directory update that failed.
        await SyncDirectoriesAsync([userId]);
        return ToDetails();
    }

    public async Task<AccountDetails> RemoveMemberAsync(Scope scope, Guid userId)
    {
        // Any member may leave; removing someone else needs the right to manage the account. A scope bound
        // to one project cannot even leave: that changes the account, which such a token may only read.
        var leaving = scope.Actor.Kind == ActorKind.Person && scope.ProjectId is null && scope.Actor.PersonId == userId;
        var caller = Authorize(scope, leaving ? AccountPermission.Read : AccountPermission.Manage);
        var member = FindMember(userId) ?? throw DomainException.NotFound($"User {userId} is not a member of this account.");
        if (!leaving)
        {
            RequireOwnerToTouchOwnership(caller, member.Role);
        }

        RequireAnotherOwner(member);
        Account.Members.Remove(member);
        var details = await SaveAsync();
        await SyncDirectoriesAsync([userId]);
        return details;
    }

    private static void RequireDefinedRole(MemberRole role)
    {
        if (!Enum.IsDefined(role))
        {
            throw DomainException.Invalid("role", "Use 'owner', 'admin' or 'member'.");
        }
    }

    private static void RequireOwnerToTouchOwnership(AccountMember caller, MemberRole role)
    {
        if (role == MemberRole.Owner && caller.Role != MemberRole.Owner)
        {
            throw DomainException.Forbidden("Only an owner can grant, change or remove ownership.");
        }
    }

    private void RequireAnotherOwner(AccountMember member)
    {
        if (member.Role == MemberRole.Owner && Account.Members.Count(m => m.Role == MemberRole.Owner) == 1)
        {
            throw DomainException.Conflict("An account always keeps at least one owner; make another member owner first.");
        }
    }
}
