namespace CodeMySpec.Documents;

/// <summary>One entry of a Components section: <c>### Module.Name</c> and its paragraph.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Documents.ComponentSpec")]
public sealed record ComponentSpec(
    [property: Id(0)] string ModuleName,
    [property: Id(1)] string Description,
    [property: Id(2)] int Line);
