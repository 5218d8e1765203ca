using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Security;
using Microsoft.Extensions.Logging;

namespace CodeMySpec.Projects;

internal sealed class ProjectGrain(
    [PersistentState("project", StorageProviders.Postgres)] IPersistentState<ProjectState> state,
    TimeProvider clock,
    ILogger<ProjectGrain> logger) : Grain, IProjectGrain
{
    // Grains that remember decisions this activation made (AuthorizeAndWatchAsync). In memory like the decisions:
    // a successor activation starts without them, so this one tells them to forget when it deactivates.
    private readonly HashSet<IProjectAccessWatcher> _watchers = [];

    private Guid Id => this.GetPrimaryKey();

    private ProjectState Project => state.State;

    public async Task<ProjectDetails> CreateAsync(Scope scope, ProjectDefinition definition)
    {
        if (scope.Actor.Kind != ActorKind.Person)
        {
            throw DomainException.Forbidden("Only people create projects.");
        }

        var account = GrainFactory.GetGrain<IAccountGrain>(scope.AccountId);
        await account.AuthorizeAsync(scope, AccountPermission.Manage);
        var normalized = Validated(definition);
        if (state.RecordExists)
        {
            // A retried create is answered, and finishes the registration the first try may have missed.
            if (Project.AccountId != scope.AccountId || Project.Definition != normalized)
            {
                throw DomainException.Conflict($"Project {Id} already exists.");
            }
        }
        else
        {
            var now = clock.GetUtcNow();
            state.State = new ProjectState { AccountId = scope.AccountId, Definition = normalized, CreatedAt = now, UpdatedAt = now };
            await state.WriteOrDiscardAsync(this);
        }

        await account.RegisterProjectAsync(scope, Id);
        return ToDetails();
    }

    public async Task<ProjectDetails> GetAsync(Scope scope)
    {
        await AuthorizeAsync(scope, AccountPermission.Read);
        return ToDetails();
    }

    public async Task<ProjectDetails> UpdateAsync(Scope scope, ProjectDefinition definition)
    {
        await AuthorizeAsync(scope, AccountPermission.Manage);
        var normalized = Validated(definition);
        if (normalized == Project.Definition)
        {
            return ToDetails();
        }

        Project.Definition = normalized;
        return await SaveAsync();
    }

    public async Task<ProjectDetails> GrantAgentAsync(Scope scope, string clientId)
    {
        await AuthorizeAsync(scope, AccountPermission.Manage);
        if (string.IsNullOrWhiteSpace(clientId) || clientId.Length > 200)
        {
            throw DomainException.Invalid("client_id", "Give the agent client's id (1 to 200 characters).");
        }

        if (Project.AgentClientIds.Contains(clientId))
        {
            return ToDetails();
        }

        Project.AgentClientIds.Add(clientId);
        return await SaveAsync();
    }

    public async Task<ProjectDetails> RevokeAgentAsync(Scope scope, string clientId)
    {
        await AuthorizeAsync(scope, AccountPermission.Manage);
        var details = Project.AgentClientIds.Remove(clientId) ? await SaveAsync() : ToDetails();

        // Acknowledged only when no watcher remembers the grant; a retry after a failed notice tells them again.
        await TellWatchersToForgetAsync();
        return details;
    }

    public Task AuthorizeAsync(Scope scope, ProjectAccess access) => AuthorizeAsync(scope, PermissionFor(access));

    public async Task<SiloAddress?> AuthorizeAndWatchAsync(Scope scope, ProjectAccess access, IProjectAccessWatcher watcher)
    {
        if (!await AuthorizeAsync(scope, PermissionFor(access)))
        {
            return null;
        }

        _watchers.Add(watcher);
        return GrainContext.Address.SiloAddress;
    }

    public Task UnwatchAsync(IProjectAccessWatcher watcher)
    {
        _watchers.Remove(watcher);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await TellWatchersToForgetAsync();
        }
        catch (Exception e)
        {
            // A watcher that could not be told is on a silo that is failing; its decisions end with that silo's
            // activations, or when this silo leaves the cluster (the watchers check that on every use).
            logger.LogWarning(e, "Project {ProjectId} could not tell every watcher to forget its decisions on deactivation", Id);
        }
    }

    public async Task<Guid> LocateAsync(Actor person)
    {
        var notFound = DomainException.NotFound($"Project {Id} was not found.");
        if (!state.RecordExists || person.Kind != ActorKind.Person)
        {
            throw notFound;
        }

        try
        {
            await GrainFactory.GetGrain<IAccountGrain>(Project.AccountId)
                .AuthorizeAsync(new Scope(person, Project.AccountId, null), AccountPermission.Read);
            return Project.AccountId;
        }
        catch (DomainException)
        {
            throw notFound;
        }
    }

    public async Task DeleteAsync(Scope scope)
    {
        await AuthorizeAsync(scope, AccountPermission.Manage);

        // Leave the account's index first: a failure in between leaves a project that a retry can still delete.
        await GrainFactory.GetGrain<IAccountGrain>(Project.AccountId).UnregisterProjectAsync(scope, Id);
        await state.ClearStateAsync();
        await TellWatchersToForgetAsync();
    }

    private static AccountPermission PermissionFor(ProjectAccess access) => access switch
    {
        ProjectAccess.Read or ProjectAccess.Write => AccountPermission.Read,
        _ => AccountPermission.Manage,
    };

    private async Task TellWatchersToForgetAsync()
    {
        if (_watchers.Count == 0)
        {
            return;
        }

        // A watcher whose activation is gone is activated again to hear it (a grain reference always reaches its
        // grain), so every told watcher forgets; one that fails stays listed for the next attempt.
        var told = _watchers.ToArray();
        await Task.WhenAll(told.Select(w => w.ProjectAccessChangedAsync(Id)));
        _watchers.ExceptWith(told);
    }

    /// <summary>Refuses a caller who may not act; true when this project's own state decided (an agent's grant), false when the account did.</summary>
    private async Task<bool> AuthorizeAsync(Scope scope, AccountPermission permission)
    {
        // Another tenant learns nothing, not even that the project exists.
        if (!state.RecordExists || scope.AccountId != Project.AccountId)
        {
            throw DomainException.NotFound($"Project {Id} was not found in account {scope.AccountId}.");
        }

        if (scope.ProjectId is { } boundTo && boundTo != Id)
        {
            throw DomainException.Forbidden($"This scope is bound to project {boundTo}, not {Id}.");
        }

        if (scope.Actor.Kind == ActorKind.AgentClient)
        {
            // A granted agent reads and writes content (ProjectAccess.Read and Write both ask for Read here;
            // whether its token carries the write scope is the surface's check). Managing is never an agent's.
            var allowed = scope.ProjectId == Id && permission == AccountPermission.Read
                && Project.AgentClientIds.Contains(scope.Actor.Id);
            if (!allowed)
            {
                throw DomainException.Forbidden("This agent client may not do that on this project; ask an owner or admin.");
            }

            return true;
        }

        // Membership, roles and their expiry live in the account grain, which tells no watcher: never remembered.
        await GrainFactory.GetGrain<IAccountGrain>(Project.AccountId).AuthorizeAsync(scope, permission);
        return false;
    }

    private static ProjectDefinition Validated(ProjectDefinition definition)
    {
        var errors = ProjectRules.Validate(definition);
        return errors.Length > 0 ? throw DomainException.Invalid(errors) : ProjectRules.Normalize(definition);
    }

    private async Task<ProjectDetails> SaveAsync()
    {
        Project.UpdatedAt = clock.GetUtcNow();
        await state.WriteOrDiscardAsync(this);
        return ToDetails();
    }

    private ProjectDetails ToDetails() =>
        new(Id, Project.AccountId, Project.Definition!, [.. Project.AgentClientIds], Project.CreatedAt, Project.UpdatedAt);
}
