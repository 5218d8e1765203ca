namespace CodeMySpec.Architecture;

/// <summary>What a caller says about a component. The module name is fixed once created (the id derives from it).</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ComponentDefinition")]
public sealed record ComponentDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] string ModuleName,
    [property: Id(2)] string Type,
    [property: Id(3)] string? Description,
    [property: Id(4)] int Priority);
