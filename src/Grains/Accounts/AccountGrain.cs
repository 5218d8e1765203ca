using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Security;

namespace CodeMySpec.Accounts;

internal sealed class AccountGrain(
    [PersistentState("account", StorageProviders.Postgres)] IPersistentState<AccountState> state,
    TimeProvider clock) : Grain, IAccountGrain
{
    private Guid Id => this.GetPrimaryKey();

    private AccountState Account => state.State;

    public async Task<AccountDetails> CreateAsync(Scope scope, NewAccount account)
    {
        var creator = RequirePersonInThisAccount(scope);
        var errors = AccountRules.Validate(account);
        if (errors.Length > 0)
        {
            throw DomainException.Invalid(errors);
        }

        var name = account.Name.Trim();
        if (state.RecordExists)
        {
            // A retried create (same person, same data) is answered, not refused.
            var isRepeat = Account.Slug == account.Slug && Account.Name == name && Account.Type == account.Type
                && Account.Members.Any(m => m.UserId == creator && m.Role == MemberRole.Owner);
            return isRepeat ? ToDetails() : throw DomainException.Conflict($"Account {Id} already exists.");
        }

        if (!await GrainFactory.GetGrain<IAccountSlugGrain>(AccountSlugGrain.KeyFor(account.Slug)).ClaimAsync(Id))
        {
            throw new DomainException(DomainErrorKind.Conflict, $"The slug '{account.Slug}' is taken.",
                [new FieldError("slug", $"'{account.Slug}' is taken; choose another slug.")]);
        }

        var now = clock.GetUtcNow();
        state.State = new AccountState
        {
            Name = name,
            Slug = account.Slug,
            Type = account.Type,
            Members = [new AccountMember(creator, MemberRole.Owner, now)],
            CreatedAt = now,
            UpdatedAt = now,
        };
        await state.WriteOrDiscardAsync(this);
        return ToDetails();
    }

    public Task<AccountDetails> GetAsync(Scope scope)
    {
        Authorize(scope, AccountPermission.Read);
        return Task.FromResult(ToDetails());
    }

    public async Task<AccountDetails> RenameAsync(Scope scope, string name)
    {
        Authorize(scope, AccountPermission.Manage);
        if (AccountRules.ValidateName(name) is { } error)
        {
            throw DomainException.Invalid([error]);
        }

        Account.Name = name.Trim();
        return await SaveAsync();
    }

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
        return await SaveAsync();
    }

    public async Task<AccountDetails> ChangeMemberRoleAsync(Scope scope, Guid userId, MemberRole role)
    {
        var caller = Authorize(scope, AccountPermission.Manage);
        RequireDefinedRole(role);
        var member = FindMember(userId) ?? throw DomainException.NotFound($"User {userId} is not a member of this account.");
        if (member.Role == role)
        {
            return ToDetails();
        }

        RequireOwnerToTouchOwnership(caller, member.Role == MemberRole.Owner ? MemberRole.Owner : role);
        RequireAnotherOwner(member);
        Account.Members[Account.Members.IndexOf(member)] = member with { Role = role };
        return await SaveAsync();
    }

    public async Task<AccountDetails> RemoveMemberAsync(Scope scope, Guid userId)
    {
        // Any member may leave; removing someone else needs the right to manage the account.
        var leaving = scope.Actor.Kind == ActorKind.Person && scope.Actor.PersonId == userId;
        var caller = Authorize(scope, leaving ? AccountPermission.Read : AccountPermission.Manage);
        var member = FindMember(userId) ?? throw DomainException.NotFound($"User {userId} is not a member of this account.");
        if (!leaving)
        {
            RequireOwnerToTouchOwnership(caller, member.Role);
        }

        RequireAnotherOwner(member);
        Account.Members.Remove(member);
        return await SaveAsync();
    }

    public Task<MemberRole> AuthorizeAsync(Scope scope, AccountPermission permission) =>
        Task.FromResult(Authorize(scope, permission).Role);

    public async Task RegisterProjectAsync(Scope scope, Guid projectId)
    {
        Authorize(scope, AccountPermission.Manage);
        if (!Account.ProjectIds.Contains(projectId))
        {
            Account.ProjectIds.Add(projectId);
            await SaveAsync();
        }
    }

    public async Task UnregisterProjectAsync(Scope scope, Guid projectId)
    {
        Authorize(scope, AccountPermission.Manage);
        if (Account.ProjectIds.Remove(projectId))
        {
            await SaveAsync();
        }
    }

    public async Task DeleteAsync(Scope scope)
    {
        Authorize(scope, AccountPermission.Delete);
        if (Account.Type == AccountType.Personal)
        {
            throw DomainException.Conflict("A personal account lives as long as its person; delete team accounts only.");
        }

        if (Account.ProjectIds.Count > 0)
        {
            throw DomainException.Conflict($"The account still has {Account.ProjectIds.Count} project(s); delete them first.");
        }

        var slug = Account.Slug;
        await state.ClearStateAsync();
        await GrainFactory.GetGrain<IAccountSlugGrain>(AccountSlugGrain.KeyFor(slug)).ReleaseAsync(Id);
    }

    private AccountMember Authorize(Scope scope, AccountPermission permission)
    {
        var userId = RequirePersonInThisAccount(scope);
        if (!state.RecordExists)
        {
            throw DomainException.NotFound($"Account {Id} does not exist.");
        }

        var member = FindMember(userId) ?? throw DomainException.Forbidden("You are not a member of this account.");
        return AccountRules.Allows(member.Role, permission)
            ? member
            : throw DomainException.Forbidden(
                $"Your role '{member.Role}' does not allow '{permission}' on this account; ask an owner or admin.");
    }

    private Guid RequirePersonInThisAccount(Scope scope)
    {
        if (scope.AccountId != Id)
        {
            throw DomainException.Forbidden("The scope names another account.");
        }

        return scope.Actor.Kind == ActorKind.Person
            ? scope.Actor.PersonId
            : throw DomainException.Forbidden("Agent clients act on projects, not on accounts; sign in as a person.");
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

    private AccountMember? FindMember(Guid userId) => Account.Members.Find(m => m.UserId == userId);

    private async Task<AccountDetails> SaveAsync()
    {
        Account.UpdatedAt = clock.GetUtcNow();
        await state.WriteOrDiscardAsync(this);
        return ToDetails();
    }

    private AccountDetails ToDetails() => new(
        Id, Account.Name, Account.Slug, Account.Type, [.. Account.Members], [.. Account.ProjectIds],
        Account.CreatedAt, Account.UpdatedAt);
}
