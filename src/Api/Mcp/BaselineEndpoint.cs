using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// A test-only MCP endpoint at <c>/mcp/baseline</c> serving just <see cref="BaselineTools"/>, without a token, to
/// loopback callers only. Mapped only when <c>Mcp:Baseline:Enabled</c> is true; never in a real deployment.
/// </summary>
internal static class BaselineEndpoint
{
    public const string Path = "/mcp/baseline";
    public const string Setting = "Mcp:Baseline:Enabled";

    public static IEndpointRouteBuilder MapBaselineMcp(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>(Setting))
        {
            return endpoints;
        }

        var gate = endpoints.ServiceProvider.GetRequiredService<McpGate>();
        endpoints.MapMcp(Path)
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
                {
                    return Results.NotFound();
                }

                if (gate.Refusal(http) is { } refusal)
                {
                    return refusal;
                }

                http.Features.Set(new BaselineRequest());
                return await next(context);
            })
            .WithMetadata(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute())
            .ExcludeFromDescription();
        return endpoints;
    }
}

/// <summary>Marks a request of the baseline endpoint.</summary>
internal sealed record BaselineRequest;
