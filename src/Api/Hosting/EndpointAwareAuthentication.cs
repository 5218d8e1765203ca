using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace CodeMySpec.Api;

/// <summary>
/// ASP.NET Core's authentication middleware, except that the schemes that handle whole requests (the OAuth server's
/// endpoints, OpenIddict validation) are asked only for paths under <c>/connect</c> and <c>/.well-known</c>, where
/// every such endpoint of this service lives. The standard middleware asks them on every request: for the API and
/// MCP calls agents make all day, that was the OAuth server working out, handler by handler, that the request was not
/// one of its own. Every request is still authenticated with the default scheme, as before.
/// </summary>
internal static class EndpointAwareAuthentication
{
    private static readonly PathString[] RequestHandlerPaths = ["/connect", "/.well-known"];

    public static IApplicationBuilder UseEndpointAwareAuthentication(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature
        {
            OriginalPath = context.Request.Path,
            OriginalPathBase = context.Request.PathBase,
        });
        var schemes = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        if (HandlesRequests(context.Request.Path))
        {
            var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
            foreach (var scheme in await schemes.GetRequestHandlerSchemesAsync())
            {
                if (await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
                {
                    return;
                }
            }
        }

        if (await schemes.GetDefaultAuthenticateSchemeAsync() is { } defaultScheme)
        {
            var result = await context.AuthenticateAsync(defaultScheme.Name);
            if (result.Principal is { } principal)
            {
                context.User = principal;
            }

            if (result.Succeeded)
            {
                var features = new AuthenticatedFeatures(result);
                context.Features.Set<IHttpAuthenticationFeature>(features);
                context.Features.Set<IAuthenticateResultFeature>(features);
            }
        }

        await next(context);
    });

    private static bool HandlesRequests(PathString path)
    {
        foreach (var prefix in RequestHandlerPaths)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the standard middleware sets for a successful authentication (its own class is internal).</summary>
    private sealed class AuthenticatedFeatures(AuthenticateResult result) : IHttpAuthenticationFeature, IAuthenticateResultFeature
    {
        private AuthenticateResult? _result = result;
        private ClaimsPrincipal? _user = result.Principal;

        public AuthenticateResult? AuthenticateResult
        {
            get => _result;
            set => (_result, _user) = (value, value?.Principal);
        }

        public ClaimsPrincipal? User
        {
            get => _user;
            set => (_user, _result) = (value, null);
        }
    }
}
