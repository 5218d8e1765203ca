using System.Collections.Immutable;

namespace CodeMySpec.Documents;

/// <summary>The format of a document type as prompts show it to agents, rendered from the validator's own definitions.</summary>
/// <param name="Text">Markdown describing required and optional sections and each section's format.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Documents.DocumentSpecification")]
public sealed record DocumentSpecification(
    [property: Id(0)] DocumentType DocumentType,
    [property: Id(1)] ImmutableArray<string> RequiredSections,
    [property: Id(2)] ImmutableArray<string> OptionalSections,
    [property: Id(3)] string Text);
