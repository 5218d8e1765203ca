using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server.AspNetCore;

namespace CodeMySpec.Api;

/// <summary>
/// ASP.NET Core's authentication middleware, except that the OAuth server's scheme is asked to handle a request only
/// under <c>/connect</c> and <c>/.well-known</c>, where every endpoint of the server lives. The standard middleware
/// asks it on every request: for the API and MCP calls agents make all day, that was the OAuth server working out,
/// handler by handler, that the request was not one of its own. The other request-handling schemes (token
/// validation, which prepares its state there) are asked as before, and every request is authenticated with the
/// default scheme, as before.
/// </summary>
internal static class EndpointAwareAuthentication
{
    private static readonly PathString[] ServerPaths = ["/connect", "/.well-known"];

    // The key UseAuthentication sets: without it, WebApplication puts the standard middleware in front of this one.
    private const string AuthenticationMiddlewareSet = "__AuthenticationMiddlewareSet";

    public static IApplicationBuilder UseEndpointAwareAuthentication(this IApplicationBuilder app)
    {
        app.Properties[AuthenticationMiddlewareSet] = true;
        return app.Use(AuthenticateAsync);
    }

    private static Task AuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        // Authentication almost always completes at once; then the rest of the pipeline runs without another await here.
        var handled = AuthenticateCoreAsync(context);
        if (handled.IsCompletedSuccessfully)
        {
            return handled.Result ? Task.CompletedTask : next(context);
        }

        return ThenAsync(handled, context, next);

        static async Task ThenAsync(Task<bool> handled, HttpContext context, RequestDelegate next)
        {
            if (!await handled)
            {
                await next(context);
            }
        }
    }

    /// <summary>Authenticates the request; true when a request-handling scheme answered it itself.</summary>
    private static async Task<bool> AuthenticateCoreAsync(HttpContext context)
    {
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature
        {
            OriginalPath = context.Request.Path,
            OriginalPathBase = context.Request.PathBase,
        });
        var schemes = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        var serverEndpoint = IsServerPath(context.Request.Path);
        foreach (var scheme in await schemes.GetRequestHandlerSchemesAsync())
        {
            if (!serverEndpoint && scheme.Name == OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            {
                continue;
            }

            if (await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
            {
                return true;
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

        return false;
    }

    private static bool IsServerPath(PathString path)
    {
        foreach (var prefix in ServerPaths)
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
