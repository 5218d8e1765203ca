namespace CodeMySpec.Architecture;

/// <summary>
/// Row-per-item storage of component graphs, so that a write costs what it changes, not the project's size.
/// Each project carries a version: a save names the version it started from and fails (nothing written) if
/// another writer moved it, which stops two activations of one grain (split brain) from interleaving.
/// </summary>
internal interface IArchitectureStore
{
    /// <summary>The project's components, dependencies, links and spec summaries (empty, version 0, for a new project).</summary>
    Task<StoredArchitecture> LoadAsync(Guid projectId, CancellationToken cancellationToken = default);

    /// <summary>One component's stored spec with its content, or null when it has none.</summary>
    Task<ComponentSpecDocument?> LoadSpecAsync(Guid projectId, Guid componentId, CancellationToken cancellationToken = default);

    /// <summary>Writes the changes in one transaction and returns the new version; throws if the version moved.</summary>
    Task<long> SaveAsync(Guid projectId, long expectedVersion, ArchitectureChanges changes, CancellationToken cancellationToken = default);
}
