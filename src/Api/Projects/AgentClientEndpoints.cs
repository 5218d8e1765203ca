using System.Security.Cryptography;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Security;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;

namespace CodeMySpec.Api.Projects;

/// <summary>
/// Headless agent clients (OAuth client credentials), each bound to one project. The project grain keeps the
/// list of clients allowed in; the OAuth store keeps their hashed secrets.
/// </summary>
internal static class AgentClientEndpoints
{
    public static RouteGroupBuilder MapAgentClients(this RouteGroupBuilder project)
    {
        project.MapPost("/agent-clients", CreateAsync).WithSummary("Create an agent client for this project; the secret is shown once (owner or admin).");
        project.MapGet("/agent-clients", ListAsync).WithSummary("The project's agent clients.");
        project.MapDelete("/agent-clients/{clientId}", DeleteAsync).WithSummary("Delete an agent client and revoke its tokens (owner or admin).");
        return project;
    }

    private static async Task<Created<AgentClientCreated>> CreateAsync(
        Guid projectId, CreateAgentClientRequest body, HttpContext http, IGrainFactory grains, IOpenIddictApplicationManager applications)
    {
        http.Caller().RequireSignedInPerson();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 100)
        {
            throw DomainException.Invalid("name", "Name the agent client (1 to 100 characters), e.g. 'CI agent'.");
        }

        var scopes = body.Scopes is { Count: > 0 } ? body.Scopes : OAuthScopes.AgentScopes;
        if (scopes.Except(OAuthScopes.AgentScopes).ToList() is { Count: > 0 } unknown)
        {
            throw DomainException.Invalid("scopes", $"Unknown or not allowed for agents: {string.Join(", ", unknown)}. Use: {string.Join(", ", OAuthScopes.AgentScopes)}.");
        }

        var scope = await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId);
        var clientId = "agent-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));

        // The grain decides who may do this; only then does a credential come into existence.
        await grains.GetGrain<IProjectGrain>(projectId).GrantAgentAsync(scope, clientId);
        var descriptor = AgentClients.Descriptor(clientId, secret, body.Name.Trim(), scope.AccountId, projectId, scopes);
        await applications.CreateAsync(descriptor);

        var tokenEndpoint = new Uri(new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/"), "connect/token").AbsoluteUri;
        return TypedResults.Created($"/api/projects/{projectId}/agent-clients/{clientId}",
            new AgentClientCreated(clientId, secret, descriptor.DisplayName!, [.. scopes], tokenEndpoint));
    }

    private static async Task<Ok<AgentClientSummary[]>> ListAsync(Guid projectId, HttpContext http, IGrainFactory grains, IOpenIddictApplicationManager applications)
    {
        http.Caller().RequireSignedInPerson();
        var project = await grains.GetGrain<IProjectGrain>(projectId).GetAsync(await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId));
        var summaries = new List<AgentClientSummary>();
        foreach (var clientId in project.AgentClientIds)
        {
            var application = await applications.FindByClientIdAsync(clientId);
            summaries.Add(new AgentClientSummary(clientId, application is null ? null : await applications.GetDisplayNameAsync(application)));
        }

        return TypedResults.Ok(summaries.ToArray());
    }

    private static async Task<NoContent> DeleteAsync(
        Guid projectId, string clientId, HttpContext http, IGrainFactory grains, IOpenIddictApplicationManager applications, TokenRevocationRelay revocations)
    {
        http.Caller().RequireSignedInPerson();
        var scope = await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId);
        var project = await grains.GetGrain<IProjectGrain>(projectId).GetAsync(scope);
        if (!project.AgentClientIds.Contains(clientId))
        {
            throw DomainException.NotFound($"Agent client '{clientId}' does not belong to this project.");
        }

        // Revoke at the grain first: from this moment no token of this client passes the grain's check.
        await grains.GetGrain<IProjectGrain>(projectId).RevokeAgentAsync(scope, clientId);
        if (await applications.FindByClientIdAsync(clientId) is { } application)
        {
            await applications.DeleteAsync(application);
        }

        // Deleting the client deleted its token entries; the silos' token caches forget its tokens too.
        revocations.Revoke(TokenRevocation.All);

        return TypedResults.NoContent();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
