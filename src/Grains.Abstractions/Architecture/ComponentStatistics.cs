namespace CodeMySpec.Architecture;

/// <summary>How connected one component is.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ComponentStatistics")]
public sealed record ComponentStatistics(
    [property: Id(0)] Guid ComponentId,
    [property: Id(1)] string ModuleName,
    [property: Id(2)] string Type,
    [property: Id(3)] int Stories,
    [property: Id(4)] int IncomingDependencies,
    [property: Id(5)] int OutgoingDependencies);
