using System.Security.Claims;
using System.Text.Json;
using CodeMySpec.Api.Identity;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OAuthErrors = OpenIddict.Abstractions.OpenIddictConstants.Errors;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// The token endpoint after OpenIddict validated the request (client, secret, code, PKCE verifier, refresh
/// token). Every exchange asks the grains again whether the caller may still act on the project, so a
/// removed member or a revoked agent gets no new token.
/// </summary>
internal static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/connect/token", ExchangeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ExchangeAsync(
        HttpContext http, IOpenIddictApplicationManager applications, UserManager<ApplicationUser> users, IGrainFactory grains)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OAuth request.");
        if (request.IsClientCredentialsGrantType())
        {
            return await ClientCredentialsAsync(http, request, applications, grains);
        }

        var previous = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (previous.Principal is not { } principal)
        {
            return Refuse(OAuthErrors.InvalidGrant, "The code or refresh token is no longer valid.");
        }

        var userId = principal.GetClaim(Claims.Subject)!;
        var accountId = Guid.Parse(principal.GetClaim(OAuthClaims.AccountId)!);
        var projectId = Guid.Parse(principal.GetClaim(OAuthClaims.ProjectId)!);
        if (await users.FindByIdAsync(userId) is null)
        {
            return Refuse(OAuthErrors.InvalidGrant, "The person this token was issued to no longer exists.");
        }

        if (!await MayUseProjectAsync(grains, new Scope(Actor.Person(Guid.Parse(userId)), accountId, projectId)))
        {
            return Refuse(OAuthErrors.InvalidGrant, "The person no longer has access to the project this token was issued for.");
        }

        var identity = new ClaimsIdentity(principal.Claims, TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> ClientCredentialsAsync(
        HttpContext http, OpenIddictRequest request, IOpenIddictApplicationManager applications, IGrainFactory grains)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict validated an unknown client.");
        var properties = await applications.GetPropertiesAsync(application);
        if (!properties.TryGetValue(OAuthClaims.ProjectId, out var projectValue) || !properties.TryGetValue(OAuthClaims.AccountId, out var accountValue))
        {
            return Refuse(OAuthErrors.UnauthorizedClient, "This client is not an agent client of a project; use the authorization code flow.");
        }

        var accountId = accountValue.Deserialize<Guid>();
        var projectId = projectValue.Deserialize<Guid>();
        if (!await MayUseProjectAsync(grains, Scope.ForAgent(request.ClientId!, accountId, projectId)))
        {
            return Refuse(OAuthErrors.InvalidClient, "This agent client was revoked from its project.");
        }

        var allowed = OAuthScopes.AgentScopes.Where(s => applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + s).AsTask().Result).ToList();
        var requested = request.GetScopes();
        var granted = requested.IsEmpty ? allowed : [.. requested.Intersect(allowed)];

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId)
            .SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application))
            .SetClaim(OAuthClaims.Actor, OAuthClaims.AgentActor)
            .SetClaim(OAuthClaims.AccountId, accountId.ToString("D"))
            .SetClaim(OAuthClaims.ProjectId, projectId.ToString("D"));
        identity.SetScopes(granted);
        identity.SetResources(ProjectResource.For(Issuer(http), projectId));
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The base URL this server issues tokens under (OpenIddict's issuer, e.g. http://127.0.0.1:5080/).</summary>
    public static Uri Issuer(HttpContext http) =>
        http.GetOpenIddictServerRequest() is not null && http.Features.Get<OpenIddictServerAspNetCoreFeature>()?.Transaction?.BaseUri is { } baseUri
            ? baseUri
            : new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");

    private static async Task<bool> MayUseProjectAsync(IGrainFactory grains, Scope scope)
    {
        try
        {
            await grains.GetGrain<IProjectGrain>(scope.ProjectId!.Value).GetAsync(scope);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    public static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
