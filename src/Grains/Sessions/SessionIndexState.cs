namespace CodeMySpec.Sessions;

/// <summary>The persisted state of a project's session index (JSON under the state name "session_index").</summary>
internal sealed class SessionIndexState
{
    public Dictionary<Guid, SessionSummary> Sessions { get; set; } = [];
}
