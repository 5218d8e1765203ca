namespace CodeMySpec.Api.OAuth;

/// <summary>
/// A project's OAuth resource identifier (RFC 8707): the URL of its MCP endpoint. A token is issued for
/// exactly one project resource, so a token for project A is useless on project B.
/// </summary>
public static class ProjectResource
{
    public const string PathPrefix = "/mcp/projects/";

    public static string For(Uri issuer, Guid projectId) => new Uri(issuer, PathPrefix.TrimStart('/') + projectId.ToString("D")).AbsoluteUri;

    /// <summary>Reads the project id out of a resource URL that this server issued.</summary>
    public static bool TryParse(Uri issuer, string? resource, out Guid projectId)
    {
        projectId = default;
        var prefix = new Uri(issuer, PathPrefix.TrimStart('/')).AbsoluteUri;
        return resource is not null
            && resource.StartsWith(prefix, StringComparison.Ordinal)
            && Guid.TryParseExact(resource[prefix.Length..].TrimEnd('/'), "D", out projectId);
    }
}
