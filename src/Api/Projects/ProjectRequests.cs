using CodeMySpec.Projects;

namespace CodeMySpec.Api.Projects;

/// <summary>Body of POST /api/accounts/{accountId}/projects and PUT /api/projects/{projectId}.</summary>
public sealed record ProjectRequest(string Name, string? Description, string ModuleName, string? CodeRepo, string? DocsRepo, string? StackProfile)
{
    public ProjectDefinition ToDefinition() =>
        new(Name ?? "", Description, ModuleName ?? "", CodeRepo, DocsRepo, StackProfile ?? ProjectDefinition.DefaultStackProfile);
}

/// <summary>Body of POST /api/projects/{projectId}/agent-clients.</summary>
public sealed record CreateAgentClientRequest(string Name, IReadOnlyList<string>? Scopes);

/// <summary>A new agent client; the secret is shown this once and stored only as a hash.</summary>
public sealed record AgentClientCreated(string ClientId, string ClientSecret, string Name, IReadOnlyList<string> Scopes, string TokenEndpoint);

/// <summary>An agent client of a project, without its secret.</summary>
public sealed record AgentClientSummary(string ClientId, string? Name);
