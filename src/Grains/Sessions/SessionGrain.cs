using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;
using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Sessions;

/// <summary>
/// One workflow session. Each call reads the state, asks <see cref="WorkflowEngine"/>, writes the state and only then
/// answers, so every acknowledged interaction survives the loss of the silo. Leases are a timer while the grain is
/// active and a reminder that brings it back after a silo loss.
/// </summary>
internal sealed partial class SessionGrain(
    [PersistentState("session", StorageProviders.Postgres)] IPersistentState<SessionState> state,
    SessionSettings settings,
    TimeProvider clock) : Grain, ISessionGrain
{
    private Guid Id => this.GetPrimaryKey();

    private SessionState Session => state.State;

    public async Task<SessionDetails> StartAsync(Scope scope, NewSession session)
    {
        var projectId = scope.ProjectId ?? throw DomainException.Invalid("project_id", "Name the project the session works on.");
        await Project(projectId).AuthorizeAsync(scope, ProjectAccess.Write);
        if (state.RecordExists)
        {
            // A retried start is answered with the session it created.
            return Session.ProjectId == projectId && Session.Type == session.Type && Session.Subject.ComponentId == session.ComponentId
                ? Details()
                : throw DomainException.Conflict($"Session {Id} already exists.");
        }

        if (!Enum.IsDefined(session.Type))
        {
            throw DomainException.Invalid("type", $"Unknown session type; use one of: {string.Join(", ", Enum.GetValues<SessionType>().Select(WorkflowEngine.Name))}.");
        }

        if (!Enum.IsDefined(session.ExecutionMode))
        {
            throw DomainException.Invalid("execution_mode", "Use manual, auto or agentic.");
        }

        if (session.Environment is not ("local" or "cli" or "vscode"))
        {
            throw DomainException.Invalid("environment", "Use local, cli or vscode.");
        }

        var component = await GrainFactory.GetGrain<IArchitectureGrain>(projectId).GetComponentAsync(scope, session.ComponentId);

        // Parallel agents: a component another agent has claimed is theirs until the claim ends or its lease expires.
        await GrainFactory.GetGrain<ICoordinatorGrain>(projectId).CheckSessionStartAsync(scope, session.ComponentId);
        var subject = Subject(component);
        if (WorkflowEngine.Refusal(session.Type, subject) is { } refusal)
        {
            throw DomainException.Invalid("type", refusal);
        }

        var now = clock.GetUtcNow();
        state.State = new SessionState
        {
            ProjectId = projectId,
            Type = session.Type,
            Status = SessionStatus.Active,
            ExecutionMode = session.ExecutionMode,
            Environment = session.Environment,
            ParentSessionId = session.ParentSessionId,
            Subject = subject,
            CreatedAt = now,
            UpdatedAt = now,
            Driver = scope,
        };
        await state.WriteOrDiscardAsync(this);
        await RecordAsync(scope);
        return Details();
    }

    public async Task<SessionDetails> GetAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        if (ExpireLapsedLease())
        {
            await state.WriteOrDiscardAsync(this);
        }

        return Details();
    }

    public async Task<SessionDetails> CancelAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        if (Session.Status != SessionStatus.Active)
        {
            return Details();
        }

        Session.Status = SessionStatus.Cancelled;
        Session.FailureReason = "Cancelled by the client.";
        Session.Driver = scope;
        await SaveAsync();
        await RecordAsync(scope);
        await EndedAsync();
        foreach (var child in Session.Children.Where(c => c.Value == SessionStatus.Active).Select(c => c.Key).ToList())
        {
            try
            {
                await Sessions(child).CancelAsync(scope);
            }
            catch (DomainException)
            {
                // A child that was never created or is gone has nothing to cancel.
            }
        }

        return Details();
    }

    public Task<SessionStatus> GetStatusAsync() => Task.FromResult(state.RecordExists ? Session.Status : SessionStatus.Failed);

    private static SessionSubject Subject(Component component)
    {
        var profile = ComponentTypes.Profile;
        var type = profile.Type(component.Type);
        var paths = profile.PathsFor(component.ModuleName, component.Type);
        return new SessionSubject(component.Id, component.Name, component.ModuleName, component.Type, type.DocumentType, type.IsContext,
            WorkflowEngine.IsTested(component.Type), paths.SpecFile, paths.CodeFile, paths.TestFile, paths.ReviewFile);
    }

    private async Task AuthorizeAsync(Scope scope, ProjectAccess access)
    {
        // A session of another project (or none) is not found; the project grain then decides about the caller.
        if (!state.RecordExists || scope.ProjectId != Session.ProjectId)
        {
            throw DomainException.NotFound($"Session {Id} was not found in project {scope.ProjectId}.");
        }

        await Project(Session.ProjectId).AuthorizeAsync(scope, access);
    }

    private IProjectGrain Project(Guid projectId) => GrainFactory.GetGrain<IProjectGrain>(projectId);

    private ISessionGrain Sessions(Guid sessionId) => GrainFactory.GetGrain<ISessionGrain>(sessionId);

    private async Task SaveAsync()
    {
        Session.UpdatedAt = clock.GetUtcNow();
        await state.WriteOrDiscardAsync(this);
    }

    private async Task RecordAsync(Scope scope) =>
        await GrainFactory.GetGrain<ISessionIndexGrain>(Session.ProjectId).RecordAsync(scope, Summary());

    private SessionSummary Summary() => new(Id, Session.Type, Session.Status, Session.Subject.ComponentId, Session.ParentSessionId,
        Session.Workflow.Step, Session.FailureReason, Session.CreatedAt, Session.UpdatedAt);

    private SessionDetails Details() => new(Id, Session.ProjectId, Session.Type, Session.Status, Session.ExecutionMode, "claude_code",
        Session.Environment, Session.Subject.ComponentId, Session.ParentSessionId, Session.ExternalConversationId, Session.AgentActivity,
        new SessionProgress(Session.Workflow.Step, Session.Workflow.LoopAttempts, settings.MaxLoopAttempts, Session.Workflow.LastFeedback,
            [.. Session.Children.Keys]),
        Session.FailureReason, Session.CreatedAt, Session.UpdatedAt, [.. Session.Interactions]);
}
