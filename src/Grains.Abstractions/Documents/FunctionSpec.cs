using System.Collections.Immutable;

namespace CodeMySpec.Documents;

/// <summary>One entry of a Functions section: <c>### name/arity</c>, description, type spec, process, test assertions.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Documents.FunctionSpec")]
public sealed record FunctionSpec(
    [property: Id(0)] string Name,
    [property: Id(1)] int Arity,
    [property: Id(2)] string Description,
    [property: Id(3)] string TypeSpec,
    [property: Id(4)] ImmutableArray<string> Process,
    [property: Id(5)] ImmutableArray<string> TestAssertions,
    [property: Id(6)] int Line);
