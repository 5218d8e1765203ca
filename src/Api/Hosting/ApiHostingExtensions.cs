using System.Text.Json;
using System.Text.Json.Serialization;
using CodeMySpec.Api.Accounts;
using CodeMySpec.Api.Architecture;
using CodeMySpec.Api.Coordinator;
using CodeMySpec.Api.Demo;
using CodeMySpec.Api.Errors;
using CodeMySpec.Api.Identity;
using CodeMySpec.Api.Mcp;
using CodeMySpec.Api.Mcp.Conformance;
using CodeMySpec.Api.Me;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Pages;
using CodeMySpec.Api.Projects;
using CodeMySpec.Api.Prompts;
using CodeMySpec.Api.Sessions;
using CodeMySpec.Api.Stories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CodeMySpec.Api;

/// <summary>Adds and maps the HTTP surfaces that run in the silo process.</summary>
public static class ApiHostingExtensions
{
    public static WebApplicationBuilder AddCodeMySpecApi(this WebApplicationBuilder builder)
    {
        builder.AddTrustedProxies();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        builder.AddCodeMySpecIdentity();
        builder.AddCodeMySpecOAuth();
        builder.Services.AddScoped<Registration>();
        builder.Services.AddSingleton<ProjectChoices>();
        builder.AddCodeMySpecMcp();
        builder.Services.AddOpenApi();
        builder.Services.AddOptions<DemoSettings>().BindConfiguration(DemoSettings.Section);
        if (builder.Configuration.GetValue<bool>($"{DemoSettings.Section}:{nameof(DemoSettings.Seed)}"))
        {
            builder.Services.AddHostedService<DemoSeeder>();
        }

        return builder;
    }

    public static WebApplication MapCodeMySpecApi(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseEndpointAwareAuthentication();
        app.UseAuthorization();

        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(
                "CodeMySpec",
                "Keeps AI coding agents on a spec-driven process that people control.",
                ["/health/live", "/health/ready", "/health/startup", "/openapi/v1.json", "/api/docs", "/.well-known/oauth-authorization-server"])))
            .WithName("ServiceInfo").ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapApiDocsPage();
        app.MapSignInPages();
        app.MapAuthorizationEndpoint();
        app.MapTokenEndpoint();
        app.MapClientRegistration();
        app.MapAuth();
        app.MapMe();
        app.MapAccounts();
        app.MapInvitations();
        app.MapProjects();
        app.MapArchitecture();
        app.MapStories();
        app.MapSessions();
        app.MapCoordinator();
        app.MapCodeMySpecMcp();
        app.MapPrompts();
        app.MapMcpConformance();
        return app;
    }
}
