namespace CodeMySpec.Architecture;

/// <summary>The rows one operation changes; the store writes exactly these, in one transaction.</summary>
internal sealed class ArchitectureChanges
{
    public List<ComponentRow> UpsertedComponents { get; } = [];

    public List<Guid> DeletedComponents { get; } = [];

    public List<Dependency> AddedDependencies { get; } = [];

    public List<Dependency> RemovedDependencies { get; } = [];

    public List<SimilarLink> AddedLinks { get; } = [];

    public List<SimilarLink> RemovedLinks { get; } = [];

    /// <summary>Spec documents written whole; a deleted component's spec goes with its row (the store cascades).</summary>
    public List<ComponentSpecDocument> UpsertedSpecs { get; } = [];
}
