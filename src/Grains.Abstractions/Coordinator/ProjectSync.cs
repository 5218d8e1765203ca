using System.Collections.Immutable;

namespace CodeMySpec.Coordinator;

/// <summary>
/// A report of the project's files: with <see cref="FullList"/> the paths are the whole list, else
/// <see cref="Added"/> and <see cref="Removed"/> change the list already held. Paths are repository-relative.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.ProjectSync")]
public sealed record ProjectSync(
    [property: Id(0)] bool FullList,
    [property: Id(1)] ImmutableArray<string> Added,
    [property: Id(2)] ImmutableArray<string> Removed,
    [property: Id(3)] string? TestReport);
