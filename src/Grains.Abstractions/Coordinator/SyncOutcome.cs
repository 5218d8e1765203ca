namespace CodeMySpec.Coordinator;

/// <summary>What a report changed and where the project stands afterwards.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.SyncOutcome")]
public sealed record SyncOutcome(
    [property: Id(0)] int Files,
    [property: Id(1)] int TestsRecorded,
    [property: Id(2)] int TestFilesReported,
    [property: Id(3)] int Components,
    [property: Id(4)] int ComponentsComplete,
    [property: Id(5)] int Actionable);
