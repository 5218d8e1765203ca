namespace CodeMySpec.Documents;

/// <summary>One problem with a document; <see cref="Section"/> and <see cref="Line"/> (1-based) point at it when known.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Documents.DocumentError")]
public sealed record DocumentError(
    [property: Id(0)] string Message,
    [property: Id(1)] string? Section = null,
    [property: Id(2)] int? Line = null);
