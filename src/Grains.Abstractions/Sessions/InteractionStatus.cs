namespace CodeMySpec.Sessions;

/// <summary>An interaction waits for its result, has one, or lost its lease before a result came.</summary>
public enum InteractionStatus
{
    Pending = 0,
    Completed = 1,
    TimedOut = 2,
}
