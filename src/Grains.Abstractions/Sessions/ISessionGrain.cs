using CodeMySpec.Security;

namespace CodeMySpec.Sessions;

/// <summary>
/// One workflow session (key: session id) on one component of one project. The server decides each step; the
/// client executes it and submits the result; the step checks it and the workflow moves on, loops (capped) or ends.
/// Every call needs a scope naming the session's project.
/// </summary>
[Alias("CodeMySpec.Sessions.ISessionGrain")]
public interface ISessionGrain : IGrainWithGuidKey
{
    /// <summary>Starts the session on a component of the scope's project; a repeat of the same call returns it.</summary>
    [Alias("Start")]
    Task<SessionDetails> StartAsync(Scope scope, NewSession session);

    /// <summary>The session with its whole audit trail.</summary>
    [Alias("Get")]
    Task<SessionDetails> GetAsync(Scope scope);

    /// <summary>The pending command, created and leased on first ask; repeated calls return the same one.</summary>
    [Alias("GetNextCommand")]
    Task<NextCommand> GetNextCommandAsync(Scope scope);

    /// <summary>Submits the result of the pending interaction; the same result again changes nothing.</summary>
    [Alias("SubmitResult")]
    Task<SubmitOutcome> SubmitResultAsync(Scope scope, Guid interactionId, SessionResult result);

    /// <summary>Records an agent hook event on an interaction (and its effect on the session).</summary>
    [Alias("RecordEvent")]
    Task<SessionDetails> RecordEventAsync(Scope scope, Guid interactionId, SessionEventType eventType, string? data);

    /// <summary>Cancels the session (and its active children); an ended session stays as it ended.</summary>
    [Alias("Cancel")]
    Task<SessionDetails> CancelAsync(Scope scope);

    /// <summary>A child session tells its parent that it ended; the parent moves on when all its children did.</summary>
    [Alias("ChildEnded"), Orleans.Concurrency.OneWay]
    Task ChildEndedAsync(Guid childSessionId, SessionStatus status);

    /// <summary>Times out the pending command if its lease ran out (what the lease sweeper asks of a lapsed session).</summary>
    [Alias("ExpireLease")]
    Task ExpireLeaseAsync();

    /// <summary>The session's status only (what a parent asks its children when a notification may have been lost).</summary>
    [Alias("GetStatus")]
    Task<SessionStatus> GetStatusAsync();
}
