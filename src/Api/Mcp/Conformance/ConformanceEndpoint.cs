using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CodeMySpec.Api.Mcp.Conformance;

/// <summary>
/// Test-only: <c>POST /mcp/conformance</c> serves the same MCP server as a project's endpoint, as the demo
/// agent client on the demo project and without a token, because the MCP conformance suite connects without
/// OAuth. It exists only when <c>Mcp:Conformance:Enabled</c> is true, and answers loopback callers only.
/// </summary>
internal static class ConformanceEndpoint
{
    public const string Path = "/mcp/conformance";

    public const string EnabledSetting = "Mcp:Conformance:Enabled";

    public static IEndpointRouteBuilder MapMcpConformance(this IEndpointRouteBuilder endpoints)
    {
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue<bool>(EnabledSetting))
        {
            return endpoints;
        }

        if (!configuration.GetValue<bool>("Demo:Seed"))
        {
            throw new InvalidOperationException($"The setting '{EnabledSetting}' needs 'Demo:Seed' set to true: the conformance endpoint acts as the demo agent on the demo project.");
        }

        endpoints.MapMcp(Path)
            .AddEndpointFilter(ActivatorUtilities.CreateInstance<ConformanceGate>(endpoints.ServiceProvider))
            .WithMetadata(new AllowAnonymousAttribute())
            .ExcludeFromDescription();
        return endpoints;
    }
}
