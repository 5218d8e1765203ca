namespace CodeMySpec.Sessions;

/// <summary>
/// One command for the client: a verb (<c>claude</c>, <c>read_file</c>, <c>list_directory</c>, <c>mix_test</c>,
/// <c>run_checks</c>, <c>spawn_sessions</c>, <c>pass</c>, or a shell command line) with its metadata.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SessionCommand")]
public sealed record SessionCommand(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Step,
    [property: Id(2)] string Command,
    [property: Id(3)] ExecutionStrategy ExecutionStrategy,
    [property: Id(4)] CommandMetadata Metadata,
    [property: Id(5)] DateTimeOffset Timestamp);
