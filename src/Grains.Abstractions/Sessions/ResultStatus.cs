namespace CodeMySpec.Sessions;

/// <summary>The outcome of a command; a step may rewrite it (failing tests turn <see cref="Ok"/> into <see cref="Error"/>).</summary>
public enum ResultStatus
{
    Ok = 0,
    Error = 1,
    Warning = 2,
}
