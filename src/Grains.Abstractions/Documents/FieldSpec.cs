namespace CodeMySpec.Documents;

/// <summary>One row of a Fields table: <c>Field | Type | Required | Description | Constraints</c>.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Documents.FieldSpec")]
public sealed record FieldSpec(
    [property: Id(0)] string Name,
    [property: Id(1)] string Type,
    [property: Id(2)] bool Required,
    [property: Id(3)] string Description,
    [property: Id(4)] string Constraints,
    [property: Id(5)] int Line);
