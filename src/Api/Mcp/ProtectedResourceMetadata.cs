using CodeMySpec.Api.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// RFC 9728 protected-resource metadata for each project's MCP endpoint: the document the 401 challenge
/// points at, which names this server as the authorization server, so a client goes from the endpoint URL
/// to a token on its own. It answers for any project id, so it reveals nothing about which projects exist.
/// </summary>
internal static class ProtectedResourceMetadata
{
    public const string PathPrefix = "/.well-known/oauth-protected-resource";

    public static IEndpointRouteBuilder MapProtectedResourceMetadata(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PathPrefix + ProjectResource.PathPrefix + "{projectId:guid}", (Guid projectId, HttpContext http) =>
                TypedResults.Json(Describe(http, projectId), statusCode: 200))
            .WithName("ProtectedResourceMetadata").ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }

    /// <summary>Where the metadata of a project's endpoint is, for the WWW-Authenticate challenge.</summary>
    public static string UrlFor(HttpContext http, Guid projectId) =>
        new Uri(BaseUri(http), PathPrefix.TrimStart('/') + ProjectResource.PathPrefix + projectId.ToString("D")).AbsoluteUri;

    /// <summary>The public base URL: the configured issuer, else the request's own.</summary>
    public static Uri BaseUri(HttpContext http) =>
        http.RequestServices.GetService(typeof(IOptions<OAuthSettings>)) is IOptions<OAuthSettings> { Value.Issuer: { } issuer }
            ? issuer
            : new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");

    private static Dictionary<string, object> Describe(HttpContext http, Guid projectId)
    {
        var issuer = BaseUri(http);
        return new Dictionary<string, object>
        {
            ["resource"] = ProjectResource.For(issuer, projectId),
            ["authorization_servers"] = new[] { issuer.AbsoluteUri },
            ["scopes_supported"] = OAuthScopes.All,
            ["bearer_methods_supported"] = new[] { "header" },
            ["resource_name"] = "CodeMySpec project " + projectId.ToString("D"),
            ["resource_documentation"] = new Uri(issuer, "api/docs").AbsoluteUri,
        };
    }
}
