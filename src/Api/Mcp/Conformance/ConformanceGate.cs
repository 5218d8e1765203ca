using System.Net;
using System.Text.Json;
using CodeMySpec.Api.Demo;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CodeMySpec.Api.Mcp.Conformance;

/// <summary>
/// Lets only loopback callers through, applies the gateway's Host, Origin and size checks, and sets the same
/// per-request MCP context a project's endpoint sets from a token: here the demo agent client's, with every
/// agent scope, on the demo project whose ids the demo seed wrote to its credentials file.
/// </summary>
internal sealed class ConformanceGate(McpGate gate, IOptions<DemoSettings> demo) : IEndpointFilter
{
    private McpRequest? _demoAgent;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return Results.NotFound();
        }

        if (gate.Refusal(http) is { } refusal)
        {
            return refusal;
        }

        if (await DemoAgentAsync(http.RequestAborted) is not { } request)
        {
            return McpGate.JsonRpcError(StatusCodes.Status503ServiceUnavailable,
                $"The demo seed has not written {demo.Value.CredentialsFile} yet; retry in a moment.");
        }

        http.Features.Set(request);
        return await next(context);
    }

    private async Task<McpRequest?> DemoAgentAsync(CancellationToken cancellationToken)
    {
        if (_demoAgent is { } known)
        {
            return known;
        }

        DevCredentials? credentials;
        try
        {
            credentials = JsonSerializer.Deserialize<DevCredentials>(
                await File.ReadAllTextAsync(Path.GetFullPath(demo.Value.CredentialsFile), cancellationToken));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }

        if (credentials is null)
        {
            return null;
        }

        var scope = new Scope(Actor.Agent(credentials.AgentClientId), credentials.AccountId, credentials.ProjectId);
        return _demoAgent = new McpRequest(credentials.ProjectId, scope, new HashSet<string>(OAuthScopes.AgentScopes, StringComparer.Ordinal), [.. Toolsets.All]);
    }
}
