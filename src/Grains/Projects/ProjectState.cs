namespace CodeMySpec.Projects;

/// <summary>The persisted state of a project grain (stored as JSON under the state name "project").</summary>
internal sealed class ProjectState
{
    public Guid AccountId { get; set; }

    public ProjectDefinition? Definition { get; set; }

    public List<string> AgentClientIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
