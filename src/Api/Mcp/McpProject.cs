using CodeMySpec.Api.OAuth;
using CodeMySpec.Errors;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Http;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// The project one MCP request acts on, and the caller's scope there, as the gateway established it from the
/// token. Tools ask it for a read or write scope; the grains check that scope again (deny by default).
/// </summary>
internal sealed class McpProject(IHttpContextAccessor accessor, IGrainFactory grains)
{
    private McpRequest Request => accessor.HttpContext?.Features.Get<McpRequest>()
        ?? throw DomainException.Forbidden("This call did not come through the MCP gateway of a project.");

    public Guid Id => Request.ProjectId;

    public IGrainFactory Grains => grains;

    /// <summary>The scope for reading the project (the token needs <c>projects:read</c>).</summary>
    public Scope Read() => Require(OAuthScopes.Read);

    /// <summary>The scope for changing the project (the token needs <c>projects:write</c>).</summary>
    public Scope Write() => Require(OAuthScopes.Write);

    private Scope Require(string tokenScope)
    {
        var request = Request;
        return request.TokenScopes.Contains(tokenScope)
            ? request.Scope
            : throw DomainException.Forbidden($"This token lacks the '{tokenScope}' scope, so this tool is not available to it.");
    }
}
