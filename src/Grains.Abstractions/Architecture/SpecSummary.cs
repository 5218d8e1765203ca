using CodeMySpec.Documents;
using CodeMySpec.Security;

namespace CodeMySpec.Architecture;

/// <summary>
/// A component's stored spec document without its content. <see cref="ContentHash"/> is the lower-case hex SHA-256
/// of the content's UTF-8 bytes, so a reader can tell whether the text changed; <see cref="Size"/> counts those bytes.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.SpecSummary")]
public sealed record SpecSummary(
    [property: Id(0)] Guid ComponentId,
    [property: Id(1)] string ModuleName,
    [property: Id(2)] DocumentType DocumentType,
    [property: Id(3)] string ContentHash,
    [property: Id(4)] int Size,
    [property: Id(5)] DateTimeOffset UpdatedAt,
    [property: Id(6)] Actor UpdatedBy);
