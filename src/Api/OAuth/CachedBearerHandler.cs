using System.Text.Encodings.Web;
using CodeMySpec.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// The bearer scheme every API request with a token goes through: a token this silo validated recently is
/// answered from <see cref="AccessTokenCache"/>; any other goes to OpenIddict's full validation (signature,
/// lifetime, token entry) and, if valid, is remembered. Challenges and refusals are OpenIddict's own.
/// </summary>
internal sealed class CachedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggers, UrlEncoder encoder, AccessTokenCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggers, encoder)
{
    public const string SchemeName = "CodeMySpec.Bearer";
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header.AsSpan(Prefix.Length).Trim();
        if (token.IsEmpty)
        {
            return await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        }

        var key = AccessTokenCache.KeyOf(token);
        if (cache.TryGet(key, out var principal, out var caller))
        {
            if (caller is not null)
            {
                Context.Features.Set(new KnownCaller(principal, caller));
            }

            return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
        }

        var generation = cache.Generation;
        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (result.Succeeded)
        {
            cache.Add(key, result.Principal, generation);
        }

        return result;
    }
}
