using System.Text.Json.Serialization;

namespace CodeMySpec.Api.Demo;

/// <summary>What scripts/run.sh leaves in .data/dev-credentials.json for a developer and their agents.</summary>
public sealed record DevCredentials(
    [property: JsonPropertyName("base_url")] string BaseUrl,
    [property: JsonPropertyName("user_email")] string UserEmail,
    [property: JsonPropertyName("user_password")] string UserPassword,
    [property: JsonPropertyName("account_id")] Guid AccountId,
    [property: JsonPropertyName("project_id")] Guid ProjectId,
    [property: JsonPropertyName("agent_client_id")] string AgentClientId,
    [property: JsonPropertyName("agent_client_secret")] string AgentClientSecret,
    [property: JsonPropertyName("token_endpoint")] string TokenEndpoint,
    [property: JsonPropertyName("mcp_url")] string McpUrl);
