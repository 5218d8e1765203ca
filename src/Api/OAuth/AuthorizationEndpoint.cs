using System.Security.Claims;
using CodeMySpec.Api.Identity;
using CodeMySpec.Api.Pages;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
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
/// The authorization endpoint after OpenIddict validated the request (client, redirect URI, PKCE S256):
/// a signed-in person picks the one project the client may act on and which rights it gets; the code is
/// issued for that project's resource only.
/// </summary>
internal static class AuthorizationEndpoint
{
    private static readonly string[] Grantable = [OAuthScopes.Read, OAuthScopes.Write, OAuthScopes.Sessions, OAuthScopes.OfflineAccess];

    public static IEndpointRouteBuilder MapAuthorizationEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext http, IOpenIddictApplicationManager applications, ProjectChoices choices,
        UserManager<ApplicationUser> users, IAntiforgery antiforgery)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OAuth request.");
        var signedIn = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (signedIn.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userValue)
        {
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(Parameters(request)) },
                [IdentityConstants.ApplicationScheme]);
        }

        var userId = Guid.Parse(userValue);
        var issuer = TokenEndpoint.Issuer(http);
        var available = await choices.ForPersonAsync(userId);
        if (request.Resources is { Length: > 1 })
        {
            return TokenEndpoint.Refuse(OAuthErrors.InvalidTarget, "Ask for one project resource at a time.");
        }

        if (request.Resources is [var resource])
        {
            available = [.. available.Where(c => ProjectResource.TryParse(issuer, resource, out var id) && id == c.ProjectId)];
            if (available.Count == 0)
            {
                return TokenEndpoint.Refuse(OAuthErrors.InvalidTarget, $"'{resource}' is not a project you can reach on this server.");
            }
        }

        var scopes = request.GetScopes().IsEmpty ? [OAuthScopes.Read, OAuthScopes.Write, OAuthScopes.Sessions] : request.GetScopes().Intersect(Grantable).ToList();
        var application = await applications.FindByClientIdAsync(request.ClientId!);
        var clientName = application is null ? request.ClientId : await applications.GetDisplayNameAsync(application) ?? request.ClientId;

        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType || !http.Request.Form.ContainsKey("decision"))
        {
            return ConsentPage(http, antiforgery, request, clientName, available, scopes);
        }

        await antiforgery.ValidateRequestAsync(http);
        if (http.Request.Form["decision"] != "allow")
        {
            return TokenEndpoint.Refuse(OAuthErrors.AccessDenied, "The person declined.");
        }

        var chosen = available.FirstOrDefault(c => c.ProjectId.ToString("D") == http.Request.Form["project_id"]);
        if (chosen is null)
        {
            return ConsentPage(http, antiforgery, request, clientName, available, scopes, "Choose one of your projects.");
        }

        var user = await users.FindByIdAsync(userValue);
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, userValue)
            .SetClaim(Claims.Name, user?.Email)
            .SetClaim(OAuthClaims.Actor, OAuthClaims.PersonActor)
            .SetClaim(OAuthClaims.AccountId, chosen.AccountId.ToString("D"))
            .SetClaim(OAuthClaims.ProjectId, chosen.ProjectId.ToString("D"));
        identity.SetScopes(scopes);
        identity.SetResources(ProjectResource.For(issuer, chosen.ProjectId));
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult ConsentPage(
        HttpContext http, IAntiforgery antiforgery, OpenIddictRequest request, string? clientName,
        IReadOnlyList<ProjectChoice> available, IReadOnlyList<string> scopes, string? error = null)
    {
        if (available.Count == 0)
        {
            return Html.Page("No project to share", "<p>You have no project yet. Create one in CodeMySpec first, then connect the client again.</p>");
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        var hidden = string.Concat(Parameters(request).Select(p => Html.Hidden(p.Key, p.Value)));
        var options = string.Concat(available.Select((c, i) => $"""
            <label><input type="radio" name="project_id" value="{c.ProjectId:D}"{(i == 0 ? " checked" : "")}> {Html.Encode(c.ProjectName)} <span class="muted">({Html.Encode(c.AccountName)})</span></label>
            """));
        var rights = string.Concat(scopes.Select(s => $"<li><code>{Html.Encode(s)}</code></li>"));
        return Html.Page("Allow access", $"""
            {Html.Error(error)}
            <p><strong>{Html.Encode(clientName)}</strong> asks to act on one of your projects with these rights:</p>
            <ul>{rights}</ul>
            <p class="muted">It can never approve stories, architecture or designs: that stays with people.</p>
            <form method="post" action="/connect/authorize">
              {Html.Hidden(tokens.FormFieldName, tokens.RequestToken)}{hidden}
              <fieldset><legend>Project</legend>{options}</fieldset>
              <button type="submit" name="decision" value="allow">Allow</button>
              <button type="submit" name="decision" value="deny">Deny</button>
            </form>
            """);
    }

    private static Dictionary<string, string?> Parameters(OpenIddictRequest request) =>
        request.GetParameters()
            .Where(p => p.Key is not ("decision" or "project_id" or "__RequestVerificationToken"))
            .ToDictionary(p => p.Key, p => (string?)p.Value);
}
