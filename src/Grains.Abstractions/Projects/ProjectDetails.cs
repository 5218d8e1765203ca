using System.Collections.Immutable;

namespace CodeMySpec.Projects;

/// <summary>A project as the members of its account see it.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Projects.ProjectDetails")]
public sealed record ProjectDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid AccountId,
    [property: Id(2)] ProjectDefinition Definition,
    [property: Id(3)] ImmutableArray<string> AgentClientIds,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset UpdatedAt);
