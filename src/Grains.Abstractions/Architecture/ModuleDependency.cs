namespace CodeMySpec.Architecture;

/// <summary>A dependency named by module names (batch input).</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ModuleDependency")]
public sealed record ModuleDependency([property: Id(0)] string Source, [property: Id(1)] string Target);
