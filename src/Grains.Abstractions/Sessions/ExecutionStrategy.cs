namespace CodeMySpec.Sessions;

/// <summary>How a command runs on the client: wait for it, run it in the background, or hand it to a sub-agent task.</summary>
public enum ExecutionStrategy
{
    Sync = 0,
    Async = 1,
    Task = 2,
}
