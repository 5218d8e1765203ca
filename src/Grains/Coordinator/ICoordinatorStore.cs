namespace CodeMySpec.Coordinator;

/// <summary>
/// Row-per-item storage of a project's evidence (one row per reported file and per test), so a one-file delta writes
/// one row instead of rewriting the whole list.
/// </summary>
internal interface ICoordinatorStore
{
    /// <summary>The reported files and the latest tests of each test file (empty for a new project).</summary>
    Task<StoredEvidence> LoadAsync(Guid projectId, CancellationToken cancellationToken = default);

    /// <summary>Writes the changes in one transaction.</summary>
    Task SaveAsync(Guid projectId, EvidenceChanges changes, CancellationToken cancellationToken = default);
}

/// <summary>A project's stored evidence.</summary>
internal sealed record StoredEvidence(IReadOnlyList<string> Files, IReadOnlyList<FileTests> Tests);

/// <summary>
/// One report's changes: with <see cref="ReplaceFiles"/> the added files are the whole list; each entry of
/// <see cref="Tests"/> replaces everything stored for its test file.
/// </summary>
internal sealed record EvidenceChanges(bool ReplaceFiles, IReadOnlyCollection<string> AddedFiles, IReadOnlyCollection<string> RemovedFiles, IReadOnlyList<FileTests> Tests);
