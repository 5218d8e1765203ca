using CodeMySpec.Security;

namespace CodeMySpec.Coordinator;

/// <summary>A person's approval of a component's spec, pinned to the spec's content hash: a changed spec needs a new approval.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.DesignApproval")]
public sealed record DesignApproval(
    [property: Id(0)] Guid ComponentId,
    [property: Id(1)] string ContentHash,
    [property: Id(2)] Actor ApprovedBy,
    [property: Id(3)] DateTimeOffset ApprovedAt);
