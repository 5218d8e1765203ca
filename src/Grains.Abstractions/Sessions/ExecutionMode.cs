namespace CodeMySpec.Sessions;

/// <summary>How the client runs a session's commands: a person confirms each, the client runs them, or an agent decides.</summary>
public enum ExecutionMode
{
    Manual = 0,
    Auto = 1,
    Agentic = 2,
}
