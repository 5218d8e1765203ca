using System.Text.Json.Serialization;

namespace CodeMySpec.Sessions;

/// <summary>
/// A session and its whole audit trail. <see cref="ISessionStore"/> keeps it as a header (this object as JSON, without
/// the interactions) and one row per interaction.
/// </summary>
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

    /// <summary>Every interaction, oldest first; never removed. Stored in rows of their own, not in the header.</summary>
    [JsonIgnore]
    public List<Interaction> Interactions { get; set; } = [];

    /// <summary>The children of the current spawn step and what each last reported.</summary>
    public Dictionary<Guid, SessionStatus> Children { get; set; } = [];
}
