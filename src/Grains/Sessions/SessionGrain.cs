using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using Orleans.Storage;

namespace CodeMySpec.Sessions;

/// <summary>
/// One workflow session. Each call asks <see cref="WorkflowEngine"/>, saves what changed (the header and the touched
/// interactions, through <see cref="ISessionStore"/>) and only then answers, so every acknowledged interaction survives
/// the loss of the silo. Leases are a timer while the grain is active; after a silo loss (or once the idle grain was
/// deactivated) the lease sweeper finds the lapsed lease in the stored header and brings the session back.
/// </summary>
internal sealed partial class SessionGrain(
    ISessionStore store,
    SessionSettings settings,
    TimeProvider clock,
    IClusterMembershipService membership,
    IGrainFactory grains) : Grain, ISessionGrain, IProjectAccessWatcher
{
    // Every step asks whether the caller may drive the session: an agent's answer is remembered until the project says otherwise.
    private readonly ProjectAccessMemo _access = new(membership, grains);

    // Whether the stored session was read (or written) by this activation.
    private bool _loaded;

    // The version of the stored session this activation holds (0: never saved), and the interactions changed since.
    private long _version;

    private readonly HashSet<int> _changed = [];

    private Guid Id => this.GetPrimaryKey();

    private SessionState Session { get; set; } = new();

    private bool Exists => _version > 0;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _access.UnwatchAsync();

    /// <summary>
    /// Reads the stored session the first time a call needs it (not on activation: a start with an id made up for it
    /// finds nothing, so it does not ask). After a silo loss the timer is re-armed for the pending lease.
    /// </summary>
    private async Task LoadAsync()
    {
        if (_loaded)
        {
            return;
        }

        if (await store.LoadAsync(Id) is { } stored)
        {
            (_version, Session) = (stored.Version, stored.State);
            if (Pending() is { LeasedUntil: { } until })
            {
                ArmTimer(until);
            }
        }

        _loaded = true;
    }

    public async Task<SessionDetails> StartAsync(Scope scope, NewSession session)
    {
        var projectId = scope.ProjectId ?? throw DomainException.Invalid("project_id", "Name the project the session works on.");
        await _access.AuthorizeAsync(this, projectId, scope, ProjectAccess.Write);

        // A parent starts its children again when it retries a spawn, so a child's start reads first. A start from the
        // API has an id made up for it: it writes without reading, and the write's guard catches an id already taken.
        if (session.ParentSessionId is not null)
        {
            await LoadAsync();
        }

        if (Exists)
        {
            return Retried(projectId, session);
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
        Session = new SessionState
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
        };
        await PrepareNextCommandAsync(scope);
        try
        {
            await SaveAsync();
        }
        catch (InconsistentStateException) when (!_loaded)
        {
            // The id was taken after all: answer as a retry from what is stored (the activation is dropped after this
            // call, so the next one reads it again).
            if (await store.LoadAsync(Id) is not { } stored)
            {
                throw;
            }

            (_version, Session, _loaded) = (stored.Version, stored.State, true);
            _changed.Clear();
            _leaseTimer?.Dispose();
            _leaseTimer = null;
            return Retried(projectId, session);
        }

        _loaded = true;
        return Details();
    }

    /// <summary>A repeated start is answered with the session it created; a different one under the same id is a conflict.</summary>
    private SessionDetails Retried(Guid projectId, NewSession session) =>
        Session.ProjectId == projectId && Session.Type == session.Type && Session.Subject.ComponentId == session.ComponentId
            ? Details()
            : throw DomainException.Conflict($"Session {Id} already exists.");

    public async Task<SessionDetails> GetAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        if (ExpireLapsedLease())
        {
            await WriteAsync();
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
        await SaveAsync();
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

    public async Task<SessionStatus> GetStatusAsync()
    {
        await LoadAsync();
        return Exists ? Session.Status : SessionStatus.Failed;
    }

    public Task ProjectAccessChangedAsync(Guid projectId)
    {
        _access.Forget();
        return Task.CompletedTask;
    }

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
        await LoadAsync();

        // A session of another project (or none) is not found; the project grain then decides about the caller.
        if (!Exists || scope.ProjectId != Session.ProjectId)
        {
            throw DomainException.NotFound($"Session {Id} was not found in project {scope.ProjectId}.");
        }

        await _access.AuthorizeAsync(this, Session.ProjectId, scope, access);
    }

    private IProjectGrain Project(Guid projectId) => GrainFactory.GetGrain<IProjectGrain>(projectId);

    private ISessionGrain Sessions(Guid sessionId) => GrainFactory.GetGrain<ISessionGrain>(sessionId);

    private async Task SaveAsync()
    {
        Session.UpdatedAt = clock.GetUtcNow();
        await WriteAsync();
    }

    private async Task WriteAsync()
    {
        try
        {
            _version = await store.SaveAsync(new SessionChanges(Id, _version, Session, [.. _changed]));
            _changed.Clear();
        }
        catch
        {
            // This activation may now hold changes that never reached the database: drop it, so that the next call
            // reloads the last saved session instead of serving them.
            DeactivateOnIdle();
            throw;
        }
    }

    private void Append(Interaction interaction)
    {
        _changed.Add(Session.Interactions.Count);
        Session.Interactions.Add(interaction);
    }

    private void Replace(int index, Interaction interaction)
    {
        Session.Interactions[index] = interaction;
        _changed.Add(index);
    }

    private SessionDetails Details() => new(Id, Session.ProjectId, Session.Type, Session.Status, Session.ExecutionMode, "claude_code",
        Session.Environment, Session.Subject.ComponentId, Session.ParentSessionId, Session.ExternalConversationId, Session.AgentActivity,
        new SessionProgress(Session.Workflow.Step, Session.Workflow.LoopAttempts, settings.MaxLoopAttempts, Session.Workflow.LastFeedback,
            [.. Session.Children.Keys]),
        Session.FailureReason, Session.CreatedAt, Session.UpdatedAt, [.. Session.Interactions]);
}
