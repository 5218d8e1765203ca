namespace CodeMySpec.Sessions;

/// <summary>
/// The answer to get_next_command: the pending interaction to execute, or none when the session has ended (or
/// waits for its children), with a sentence saying what to do.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.NextCommand")]
public sealed record NextCommand(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] SessionStatus Status,
    [property: Id(2)] Interaction? Interaction,
    [property: Id(3)] string Message);
