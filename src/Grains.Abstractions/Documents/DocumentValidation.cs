using System.Collections.Immutable;

namespace CodeMySpec.Documents;

/// <summary>
/// The verdict on a document and what could be read from it. The parsed parts are filled even when the
/// document is invalid, so an agent sees what was understood next to what was wrong.
/// </summary>
/// <param name="Sections">The H2 section keys found, lower-cased, in document order.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Documents.DocumentValidation")]
public sealed record DocumentValidation(
    [property: Id(0)] DocumentType DocumentType,
    [property: Id(1)] bool Valid,
    [property: Id(2)] ImmutableArray<DocumentError> Errors,
    [property: Id(3)] string? ModuleName,
    [property: Id(4)] ImmutableArray<string> Sections,
    [property: Id(5)] ImmutableArray<FunctionSpec> Functions,
    [property: Id(6)] ImmutableArray<DelegateSpec> Delegates,
    [property: Id(7)] ImmutableArray<string> Dependencies,
    [property: Id(8)] ImmutableArray<FieldSpec> Fields,
    [property: Id(9)] ImmutableArray<ComponentSpec> Components);
