using System.Collections.Immutable;

namespace CodeMySpec.Architecture;

/// <summary>
/// One item of a batch: a component and the module names it depends on, which may name existing components
/// or other components of the same batch. An optional parent is named by module name too.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.NewComponent")]
public sealed record NewComponent(
    [property: Id(0)] ComponentDefinition Definition,
    [property: Id(1)] ImmutableArray<string> DependsOn,
    [property: Id(2)] string? ParentModuleName = null);
