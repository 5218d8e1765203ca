namespace CodeMySpec.Architecture;

/// <summary>A project's graph as loaded from the store, with the version that writes must name, and its spec summaries (no content).</summary>
internal sealed record StoredArchitecture(
    long Version,
    IReadOnlyList<ComponentRow> Components,
    IReadOnlyList<Dependency> Dependencies,
    IReadOnlyList<SimilarLink> Links,
    IReadOnlyList<SpecSummary> Specs);
