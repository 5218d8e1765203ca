using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Security;

namespace CodeMySpec.Accounts;

/// <summary>
/// One account. Split by responsibility: this file holds the account itself and authorization; members,
/// invitations, their expiry sweep and the user directory updates live in the other parts.
/// </summary>
internal sealed partial class AccountGrain(
    [PersistentState("account", StorageProviders.Postgres)] IPersistentState<AccountState> state,
    TimeProvider clock,
    InvitationSettings invitationSettings) : Grain, IAccountGrain
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
            // A retried create (same person, same data) is answered, not refused, and repairs the
            // owner's directory entry that the first try may not have reached.
            var isRepeat = Account.Slug == account.Slug && Account.Name == name && Account.Type == account.Type
                && Account.Members.Any(m => m.UserId == creator && m.Role == MemberRole.Owner);
            if (!isRepeat)
            {
                throw DomainException.Conflict($"Account {Id} already exists.");
            }

            await SyncDirectoriesAsync([creator]);
            return ToDetails();
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
        await SyncDirectoriesAsync([creator]);
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
        var memberIds = Account.Members.Select(m => m.UserId).ToArray();
        await state.ClearStateAsync();
        await GrainFactory.GetGrain<IAccountSlugGrain>(AccountSlugGrain.KeyFor(slug)).ReleaseAsync(Id);
        await DisarmExpiryReminderAsync();
        await SyncDirectoriesAsync(memberIds);
    }

    private AccountMember Authorize(Scope scope, AccountPermission permission)
    {
        var userId = RequirePersonInThisAccount(scope);
        if (scope.ProjectId is not null && !AccountRules.AllowsProjectBound(permission))
        {
            throw DomainException.Forbidden("A token bound to one project cannot manage the account; sign in as a person.");
        }

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
