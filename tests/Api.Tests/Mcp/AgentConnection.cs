using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>A real MCP client (the C# SDK over Streamable HTTP) connected to one project's endpoint with a bearer token.</summary>
public sealed class AgentConnection(McpClient client, Guid projectId) : IAsyncDisposable
{
    public McpClient Client { get; } = client;

    public Guid ProjectId { get; } = projectId;

    public static async Task<AgentConnection> ConnectAsync(ServiceFixture service, Guid projectId, string token, string? toolsets = null)
    {
        var endpoint = new Uri(service.BaseUrl, $"mcp/projects/{projectId}" + (toolsets is null ? "" : $"?toolsets={toolsets}"));
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token },
        });
        return new AgentConnection(await McpClient.CreateAsync(transport), projectId);
    }

    /// <summary>A project with an agent client of the given scopes, and a connection with that agent's token.</summary>
    public static async Task<(AgentConnection Agent, Person Owner)> ForNewProjectAsync(ServiceFixture service, string[]? scopes = null, string? toolsets = null)
    {
        var owner = await service.RegisterAsync();
        var projectId = await owner.CreateProjectAsync(await owner.CreateTeamAsync());
        var (clientId, secret) = await owner.CreateAgentClientAsync(projectId, scopes);
        var token = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret);
        return (await ConnectAsync(service, projectId, token, toolsets), owner);
    }

    public async Task<IReadOnlyList<string>> ToolNamesAsync() => [.. (await Client.ListToolsAsync()).Select(t => t.Name)];

    /// <summary>Calls a tool that must succeed and returns its structured content.</summary>
    public async Task<JsonElement> CallAsync(string tool, object? arguments = null)
    {
        var result = await CallRawAsync(tool, arguments);
        Assert.True(result.IsError != true, $"{tool} failed: {Text(result)}");
        Assert.NotNull(result.StructuredContent);
        return result.StructuredContent!.Value;
    }

    /// <summary>Calls a tool that must fail as a tool error and returns the message the model reads.</summary>
    public async Task<string> FailAsync(string tool, object? arguments = null)
    {
        var result = await CallRawAsync(tool, arguments);
        Assert.True(result.IsError == true, $"{tool} should have failed but answered: {Text(result)}");
        var text = Text(result);
        Assert.Contains("How to fix:", text);
        return text;
    }

    public async Task<CallToolResult> CallRawAsync(string tool, object? arguments = null)
    {
        var args = arguments is null
            ? new Dictionary<string, object?>()
            : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments))!;
        return await Client.CallToolAsync(tool, args);
    }

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
