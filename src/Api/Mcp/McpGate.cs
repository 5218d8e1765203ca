using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// Everything a request to a project's MCP endpoint must pass before the protocol handler sees it, in order:
/// Host (400) and Origin (403) against DNS rebinding, the size limit (413), the tool-set choice (400), a bearer
/// token for exactly this project's resource (401 with the RFC 9728 challenge), and the account's rate
/// limit (429 with Retry-After). The sign-in cookie never authenticates here, so a browser cannot be tricked
/// into calling tools.
/// </summary>
internal sealed class McpGate(IOptions<McpSettings> settings, McpRateLimits limits) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Refusal(http) is { } refusal)
        {
            return new(refusal);
        }

        var projectId = Guid.Parse((string)http.GetRouteValue("projectId")!);
        if (!Toolsets.TryParse(http.Request.Query["toolsets"], out var toolsets, out var toolsetError))
        {
            return new(JsonRpcError(StatusCodes.Status400BadRequest, toolsetError!));
        }

        if (Authenticate(http, projectId) is not { } caller)
        {
            return new(Unauthorized(http, projectId));
        }

        if (!limits.TryAcquire(caller.TokenAccountId!.Value, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
            return new(JsonRpcError(StatusCodes.Status429TooManyRequests,
                $"Too many requests for this account; wait {Math.Ceiling(retryAfter.TotalSeconds)} s (Retry-After) and send fewer requests in parallel."));
        }

        var scope = caller.In(caller.TokenAccountId.Value);
        http.Features.Set(new McpRequest(projectId, scope, caller.TokenScopes, toolsets));
        return next(context);
    }

    /// <summary>Host, Origin and size checks, shared with the test-only conformance endpoint.</summary>
    public IResult? Refusal(HttpContext http)
    {
        if (!HostAllowed(http))
        {
            return JsonRpcError(StatusCodes.Status400BadRequest,
                $"Host '{http.Request.Host}' is not served here; use the URL of the MCP endpoint as the server publishes it.");
        }

        if (http.Request.Headers.Origin is { Count: > 0 } origin && !OriginAllowed(http, origin.ToString()))
        {
            return JsonRpcError(StatusCodes.Status403Forbidden,
                $"Origin '{origin}' may not call this endpoint; browser pages on other sites cannot use the MCP gateway.");
        }

        var max = settings.Value.MaxRequestBytes;
        if (http.Request.ContentLength > max)
        {
            return JsonRpcError(StatusCodes.Status413PayloadTooLarge,
                $"The request has {http.Request.ContentLength} bytes; the limit is {max}. Send smaller batches (e.g. fewer stories per create_stories call).");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            // Also bounds bodies without Content-Length (chunked): reading past the limit fails with 413.
            sizeFeature.MaxRequestBodySize = max;
        }

        return null;
    }

    private static Caller? Authenticate(HttpContext http, Guid projectId)
    {
        // Only a bearer token counts: the policy scheme authenticated the request already, and a principal
        // without a subject came from the cookie.
        if (http.User.Identity?.IsAuthenticated != true || http.User.FindFirst(OpenIddictConstants.Claims.Subject) is null)
        {
            return null;
        }

        // A token the silo remembers brings its caller along: its claims are read once per silo, not once per request.
        var caller = http.Caller();
        var resource = ResourceOf(http, projectId);
        var forThisProject = caller.TokenProjectId == projectId && http.User.HasClaim(OpenIddictConstants.Claims.Audience, resource);
        if (!forThisProject)
        {
            http.Items[WrongResource] = true;
            return null;
        }

        return caller;
    }

    private const string WrongResource = "mcp.wrong-resource";

    // Resource URLs by the request's own scheme, host and base path and the project (the URL is built from the issuer
    // when one is configured, else from those): building it took two URI parses on every request.
    private const int MaxResources = 10_000;
    private static readonly ConcurrentDictionary<(string Scheme, string Host, string? PathBase, Guid ProjectId), string> Resources = new();

    private static string ResourceOf(HttpContext http, Guid projectId)
    {
        var key = (http.Request.Scheme, http.Request.Host.Value ?? "", http.Request.PathBase.Value, projectId);
        if (Resources.TryGetValue(key, out var resource))
        {
            return resource;
        }

        if (Resources.Count >= MaxResources)
        {
            Resources.Clear();
        }

        return Resources[key] = ProjectResource.For(ProtectedResourceMetadata.BaseUri(http), projectId);
    }

    private static IResult Unauthorized(HttpContext http, Guid projectId)
    {
        var hadToken = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var challenge = $"Bearer resource_metadata=\"{ProtectedResourceMetadata.UrlFor(http, projectId)}\", scope=\"{OAuthScopes.Read} {OAuthScopes.Write} {OAuthScopes.Sessions} {OAuthScopes.OfflineAccess}\"";
        string message;
        if (http.Items.ContainsKey(WrongResource))
        {
            message = $"This token was issued for another project. Get a token for the resource {ProjectResource.For(ProtectedResourceMetadata.BaseUri(http), projectId)}.";
            challenge += ", error=\"invalid_token\", error_description=\"the token is for another resource\"";
        }
        else if (hadToken)
        {
            message = "The bearer token is invalid, expired or revoked. Get a new one (refresh it, or run the authorization flow again).";
            challenge += ", error=\"invalid_token\", error_description=\"the token is invalid, expired or revoked\"";
        }
        else
        {
            message = "This endpoint needs a bearer token. Discover the authorization server from the resource_metadata URL in WWW-Authenticate, then get a token for this project.";
        }

        http.Response.Headers.WWWAuthenticate = challenge;
        return JsonRpcError(StatusCodes.Status401Unauthorized, message);
    }

    private bool HostAllowed(HttpContext http)
    {
        var host = http.Request.Host.Host;
        var allowed = settings.Value.AllowedHosts;
        if (allowed.Length > 0)
        {
            return allowed.Any(h => h == "*" || string.Equals(h, host, StringComparison.OrdinalIgnoreCase));
        }

        if (http.RequestServices.GetService(typeof(IOptions<OAuthSettings>)) is IOptions<OAuthSettings> { Value.Issuer: { } issuer })
        {
            return string.Equals(issuer.Host, host, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private bool OriginAllowed(HttpContext http, string origin)
    {
        if (settings.Value.AllowedOrigins.Any(o => string.Equals(o.TrimEnd('/'), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Same origin as the service itself (its own web UI).
        var self = ProtectedResourceMetadata.BaseUri(http);
        return Uri.TryCreate(origin, UriKind.Absolute, out var o)
            && string.Equals(o.Scheme, self.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(o.Host, self.Host, StringComparison.OrdinalIgnoreCase)
            && o.Port == self.Port;
    }

    /// <summary>A JSON-RPC error without id, as the transport answers requests it refuses before reading them.</summary>
    public static IResult JsonRpcError(int status, string message) =>
        Results.Text(JsonSerializer.Serialize(new { jsonrpc = "2.0", error = new { code = -32600, message }, id = (object?)null }),
            "application/json", statusCode: status);
}
