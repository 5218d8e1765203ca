namespace CodeMySpec.Architecture;

/// <summary>Where a component's spec, code and test live (the 1:1:1 rule of the stack profile).</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ComponentPaths")]
public sealed record ComponentPaths(
    [property: Id(0)] Guid ComponentId,
    [property: Id(1)] string ModuleName,
    [property: Id(2)] string SpecFile,
    [property: Id(3)] string CodeFile,
    [property: Id(4)] string TestFile);
