using CodeMySpec.Api.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CodeMySpec.Api;

/// <summary>Adds and maps the HTTP surfaces that run in the silo process.</summary>
public static class ApiHostingExtensions
{
    public static WebApplicationBuilder AddCodeMySpecApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        return builder;
    }

    public static WebApplication MapCodeMySpecApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(
                "CodeMySpec",
                "Keeps AI coding agents on a spec-driven process that people control.",
                ["/health/live", "/health/ready", "/health/startup"])))
            .WithName("ServiceInfo");
        return app;
    }
}
