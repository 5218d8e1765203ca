namespace CodeMySpec.Coordinator;

/// <summary>
/// Row-per-item storage of a project's evidence (one row per reported file and per test), so a one-file delta writes
/// one row instead of rewriting the whole list.
/// </summary>
internal interface ICoordinatorStore
{
    /// <summary>The reported files, the latest tests of each test file and the evidence version (all empty, 0, for a new project).</summary>
    Task<StoredEvidence> LoadAsync(Guid projectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the changes in one transaction if the stored version is still <paramref name="expectedVersion"/>, and
    /// returns the new version; no changes only checks the version. A moved version (another activation of the grain
    /// wrote in between) is a <see cref="Errors.DomainException"/> Conflict and writes nothing.
    /// </summary>
    Task<long> SaveAsync(Guid projectId, long expectedVersion, EvidenceChanges changes, CancellationToken cancellationToken = default);
}

/// <summary>A project's stored evidence at one version.</summary>
internal sealed record StoredEvidence(IReadOnlyList<string> Files, IReadOnlyList<FileTests> Tests, long Version);

/// <summary>One report's changes to the stored evidence: each entry of <see cref="Tests"/> replaces everything stored for its test file.</summary>
internal sealed record EvidenceChanges(IReadOnlyCollection<string> AddedFiles, IReadOnlyCollection<string> RemovedFiles, IReadOnlyList<FileTests> Tests)
{
    public bool IsEmpty => AddedFiles.Count == 0 && RemovedFiles.Count == 0 && Tests.Count == 0;
}
