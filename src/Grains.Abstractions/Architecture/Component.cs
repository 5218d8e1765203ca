using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>A component of a project's architecture, with the components it depends on and its similar components.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.Component")]
public sealed record Component(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string ModuleName,
    [property: Id(3)] string Type,
    [property: Id(4)] string? Description,
    [property: Id(5)] int Priority,
    [property: Id(6)] Guid? ParentComponentId,
    [property: Id(7)] ImmutableArray<Guid> DependsOn,
    [property: Id(8)] ImmutableArray<Guid> SimilarTo);
