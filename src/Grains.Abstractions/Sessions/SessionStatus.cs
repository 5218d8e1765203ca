namespace CodeMySpec.Sessions;

/// <summary>Where a session stands; only <see cref="Active"/> accepts commands and results.</summary>
public enum SessionStatus
{
    Active = 0,
    Complete = 1,
    Failed = 2,
    Cancelled = 3,
}
