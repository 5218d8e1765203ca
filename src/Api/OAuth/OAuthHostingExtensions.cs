using CodeMySpec.Api.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;

namespace CodeMySpec.Api.OAuth;

/// <summary>The OAuth 2.1 authorization server (OpenIddict) and the validation of its tokens, in this process.</summary>
internal static class OAuthHostingExtensions
{
    public const string RegistrationPath = "connect/register";

    public static WebApplicationBuilder AddCodeMySpecOAuth(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(OAuthSettings.Section).Get<OAuthSettings>() ?? new OAuthSettings();
        builder.Services.AddOptions<OAuthSettings>().BindConfiguration(OAuthSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RegistrationRateLimits>();

        builder.Services.AddOpenIddict()
            .AddCore(core =>
            {
                core.UseEntityFrameworkCore().UseDbContext<AuthDbContext>().ReplaceDefaultEntities<Guid>();
                core.ReplaceTokenManager(typeof(RevocationAwareTokenManager<>));
            })
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration", ".well-known/oauth-authorization-server");
                server.AllowAuthorizationCodeFlow().AllowClientCredentialsFlow().AllowRefreshTokenFlow();
                server.RequireProofKeyForCodeExchange();

                // S256 only: "plain" would hand the verifier to anyone who sees the authorization request.
                server.Configure(options => options.CodeChallengeMethods.Remove(OpenIddictConstants.CodeChallengeMethods.Plain));
                server.RegisterScopes([.. OAuthScopes.All]);

                // Resources are per project and created at run time: the authorization endpoint accepts a
                // resource only if it is a project the signed-in person can reach (AuthorizationEndpoint).
                server.DisableResourceValidation().IgnoreResourcePermissions();
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime).SetRefreshTokenLifetime(settings.RefreshTokenLifetime);

                // A refresh token is good for exactly one exchange: a replay is refused and revokes the chain.
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.DisableAccessTokenEncryption();
                if (settings.Issuer is not null)
                {
                    server.SetIssuer(settings.Issuer);
                }

                var aspNetCore = server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough();
                if (!settings.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }

                server.AddEventHandler<OpenIddictServerEvents.HandleConfigurationRequestContext>(handler => handler.UseInlineHandler(context =>
                {
                    // RFC 7591 dynamic registration, which OpenIddict leaves to the host.
                    context.Metadata["registration_endpoint"] = new Uri(context.BaseUri!, RegistrationPath).AbsoluteUri;
                    return default;
                }));
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();

                // Look a token up when this silo validates it, so that a revoked token is refused; repeated requests
                // are answered by AccessTokenCache, which revocations empty. Without it a revoked token works until it expires.
                if (settings.ValidateTokenEntries)
                {
                    validation.EnableTokenEntryValidation();
                }
            });
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OAuthKeyRing>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccessTokenCache>();
        builder.Services.AddSingleton<TokenRevocationRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TokenRevocationRelay>());
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, CachedBearerHandler>(CachedBearerHandler.SchemeName, options =>
        {
            options.ForwardChallenge = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            options.ForwardForbid = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        });
        return builder;
    }

    public static string BearerScheme => CachedBearerHandler.SchemeName;
}
