using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CodeMySpec.Silo.Health;

/// <summary>
/// The three Kubernetes probes. <c>/health/live</c> runs only local checks, never a grain or the
/// database, so a slow database never gets healthy pods restarted. <c>/health/ready</c>: joined and
/// database reachable, false once shutdown starts. <c>/health/startup</c>: the silo has joined.
/// </summary>
internal static class HealthEndpoints
{
    private const string Live = "live";
    private const string Ready = "ready";
    private const string Startup = "startup";

    public static IServiceCollection AddSiloHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("The process answers."), [Live])
            .Add(new HealthCheckRegistration("cluster", sp => ActivatorUtilities.CreateInstance<ClusterMembershipCheck>(sp, true), HealthStatus.Unhealthy, [Ready]))
            .Add(new HealthCheckRegistration("joined", sp => ActivatorUtilities.CreateInstance<ClusterMembershipCheck>(sp, false), HealthStatus.Unhealthy, [Startup]))
            .AddCheck<DatabaseCheck>("database", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        Map(endpoints, "/health/live", Live);
        Map(endpoints, "/health/ready", Ready);
        Map(endpoints, "/health/startup", Startup);
        return endpoints;
    }

    private static void Map(IEndpointRouteBuilder endpoints, string path, string tag) =>
        endpoints.MapHealthChecks(path, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(tag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).DisableHttpMetrics();
}
