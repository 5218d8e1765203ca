namespace CodeMySpec.Sessions;

/// <summary>What start_session asks for: a workflow on one component of the scope's project.</summary>
/// <param name="Environment">Where the agent runs: <c>local</c>, <c>cli</c> or <c>vscode</c>.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.NewSession")]
public sealed record NewSession(
    [property: Id(0)] SessionType Type,
    [property: Id(1)] Guid ComponentId,
    [property: Id(2)] ExecutionMode ExecutionMode = ExecutionMode.Auto,
    [property: Id(3)] string Environment = "local",
    [property: Id(4)] Guid? ParentSessionId = null);
