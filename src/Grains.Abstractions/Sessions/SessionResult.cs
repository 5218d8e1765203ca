namespace CodeMySpec.Sessions;

/// <summary>What the client reports after running a command: file content or a test report in <see cref="Data"/>, exit code, output.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SessionResult")]
public sealed record SessionResult(
    [property: Id(0)] ResultStatus Status,
    [property: Id(1)] string? Data = null,
    [property: Id(2)] int? Code = null,
    [property: Id(3)] string? ErrorMessage = null,
    [property: Id(4)] string? Stdout = null,
    [property: Id(5)] string? Stderr = null,
    [property: Id(6)] long? DurationMs = null,
    [property: Id(7)] DateTimeOffset? Timestamp = null);
