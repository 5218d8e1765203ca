using CodeMySpec.Security;

namespace CodeMySpec.Sessions;

/// <summary>The persisted state of a session grain (JSON under the state name "session"): the session and its whole audit trail.</summary>
internal sealed class SessionState
{
    public Guid ProjectId { get; set; }

    public SessionType Type { get; set; }

    public SessionStatus Status { get; set; }

    public ExecutionMode ExecutionMode { get; set; }

    public string Environment { get; set; } = "local";

    public Guid? ParentSessionId { get; set; }

    public string? ExternalConversationId { get; set; }

    public AgentActivity AgentActivity { get; set; }

    public SessionSubject Subject { get; set; } = null!;

    public WorkflowState Workflow { get; set; } = WorkflowEngine.Start();

    public string? FailureReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Every interaction, oldest first; never removed.</summary>
    public List<Interaction> Interactions { get; set; } = [];

    /// <summary>The children of the current spawn step and what each last reported.</summary>
    public Dictionary<Guid, SessionStatus> Children { get; set; } = [];

    /// <summary>
    /// The scope of the last caller who drove the session; the session records itself in the project's list with it when a
    /// child's notification (which carries no caller) moves it on.
    /// </summary>
    public Scope? Driver { get; set; }
}
