using System.Collections.Immutable;

namespace CodeMySpec.Coordinator;

/// <summary>A story's criteria with their test evidence; evidenced when every criterion has a passing test.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.StoryEvidence")]
public sealed record StoryEvidence(
    [property: Id(0)] Guid StoryId,
    [property: Id(1)] string Title,
    [property: Id(2)] bool Evidenced,
    [property: Id(3)] ImmutableArray<CriterionEvidence> Criteria);

/// <summary>The latest reported test cases that name a criterion (<c>[criterion:&lt;uuid&gt;]</c> in the test name), passing and failing.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Coordinator.CriterionEvidence")]
public sealed record CriterionEvidence(
    [property: Id(0)] Guid CriterionId,
    [property: Id(1)] string Description,
    [property: Id(2)] string? LatestPassingTest,
    [property: Id(3)] DateTimeOffset? PassedAt,
    [property: Id(4)] string? LatestFailingTest,
    [property: Id(5)] DateTimeOffset? FailedAt);
