using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Security;

namespace CodeMySpec.Projects;

internal sealed class ProjectGrain(
    [PersistentState("project", StorageProviders.Postgres)] IPersistentState<ProjectState> state,
    TimeProvider clock) : Grain, IProjectGrain
{
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
        return Project.AgentClientIds.Remove(clientId) ? await SaveAsync() : ToDetails();
    }

    public Task AuthorizeAsync(Scope scope, ProjectAccess access) => AuthorizeAsync(scope, access switch
    {
        ProjectAccess.Read or ProjectAccess.Write => AccountPermission.Read,
        _ => AccountPermission.Manage,
    });

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
    }

    private async Task AuthorizeAsync(Scope scope, AccountPermission permission)
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

            return;
        }

        await GrainFactory.GetGrain<IAccountGrain>(Project.AccountId).AuthorizeAsync(scope, permission);
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
