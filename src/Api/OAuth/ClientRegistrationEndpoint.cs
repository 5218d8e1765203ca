using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// Dynamic client registration (RFC 7591), which OpenIddict does not provide: an MCP client registers itself
/// and then runs the authorization code flow with PKCE. Public clients are allowed (PKCE is required of
/// every client); redirect URIs must be https, or http on a loopback address.
/// </summary>
internal static class ClientRegistrationEndpoint
{
    private static readonly string[] SupportedGrants = [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken];

    public static IEndpointRouteBuilder MapClientRegistration(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/" + OAuthHostingExtensions.RegistrationPath, RegisterAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> RegisterAsync(ClientRegistrationRequest? body, IOpenIddictApplicationManager applications,
        RegistrationRateLimits limits, HttpContext http)
    {
        if (!limits.TryAcquire(http.Connection.RemoteIpAddress, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new ClientRegistrationError("temporarily_unavailable",
                $"Too many client registrations from this address; retry in {seconds} s. A client registers once and reuses its client_id."),
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (body is null)
        {
            return Invalid("invalid_client_metadata", "Send the client metadata as a JSON object.");
        }

        var redirectUris = body.RedirectUris ?? [];
        if (redirectUris.Count == 0)
        {
            return Invalid("invalid_redirect_uri", "Give at least one redirect URI in redirect_uris.");
        }

        if (redirectUris.FirstOrDefault(u => !IsAllowedRedirect(u)) is { } bad)
        {
            return Invalid("invalid_redirect_uri", $"'{bad}' is not allowed: use https, or http on 127.0.0.1, [::1] or localhost, without a fragment.");
        }

        var grants = body.GrantTypes is { Count: > 0 } ? body.GrantTypes : [GrantTypes.AuthorizationCode];
        if (grants.Except(SupportedGrants).FirstOrDefault() is { } grant)
        {
            return Invalid("invalid_client_metadata", $"grant_types '{grant}' is not supported here; use authorization_code and refresh_token.");
        }

        if (body.ResponseTypes is { Count: > 0 } && body.ResponseTypes.Any(r => r != ResponseTypes.Code))
        {
            return Invalid("invalid_client_metadata", "Only the response type 'code' is supported.");
        }

        var method = body.TokenEndpointAuthMethod ?? ClientAuthenticationMethods.ClientSecretBasic;
        if (method is not ("none" or ClientAuthenticationMethods.ClientSecretBasic or ClientAuthenticationMethods.ClientSecretPost))
        {
            return Invalid("invalid_client_metadata", $"token_endpoint_auth_method '{method}' is not supported; use none, client_secret_basic or client_secret_post.");
        }

        var scopes = (body.Scope ?? string.Join(' ', OAuthScopes.All)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (scopes.Except(OAuthScopes.All).FirstOrDefault() is { } scope)
        {
            return Invalid("invalid_client_metadata", $"Unknown scope '{scope}'. Known: {string.Join(' ', OAuthScopes.All)}.");
        }

        var isPublic = method == "none";
        var secret = isPublic ? null : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var name = string.IsNullOrWhiteSpace(body.ClientName) ? "MCP client" : body.ClientName.Trim()[..Math.Min(body.ClientName.Trim().Length, 100)];
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = "mcp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            ClientSecret = secret,
            ClientType = isPublic ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = name,
        };
        descriptor.RedirectUris.UnionWith(redirectUris.Select(u => new Uri(u)));
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
            Permissions.ResponseTypes.Code, Permissions.GrantTypes.AuthorizationCode]);
        if (grants.Contains(GrantTypes.RefreshToken))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        descriptor.Permissions.UnionWith(scopes.Select(s => Permissions.Prefixes.Scope + s));
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        await applications.CreateAsync(descriptor);

        return Results.Json(new ClientRegistrationResponse(descriptor.ClientId, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), secret,
            secret is null ? null : 0, name, redirectUris, grants, [ResponseTypes.Code], method, string.Join(' ', scopes)),
            statusCode: StatusCodes.Status201Created);
    }

    /// <summary>https anywhere; plain http only back to this machine (native and CLI clients).</summary>
    public static bool IsAllowedRedirect(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static IResult Invalid(string error, string description) =>
        Results.Json(new ClientRegistrationError(error, description), statusCode: StatusCodes.Status400BadRequest);
}
