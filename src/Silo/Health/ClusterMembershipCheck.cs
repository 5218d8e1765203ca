using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CodeMySpec.Silo.Health;

/// <summary>Healthy once this silo is Active in the cluster's membership; for readiness also while not stopping.</summary>
internal sealed class ClusterMembershipCheck(
    IClusterMembershipService membership, ILocalSiloDetails silo, SiloLifecycleState lifecycle, bool failWhenStopping)
    : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (failWhenStopping && lifecycle.IsStopping)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Shutting down."));
        }

        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {silo.Name} is active.")
            : HealthCheckResult.Unhealthy($"Silo {silo.Name} is {status}."));
    }
}
