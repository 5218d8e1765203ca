using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// A token bucket per account on this silo: one tenant's agents cannot starve the others. The limit is per
/// silo replica; with N replicas behind a balancer an account gets up to N times the rate.
/// </summary>
internal sealed class McpRateLimits(IOptions<McpSettings> settings) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(accountId =>
        RateLimitPartition.GetTokenBucketLimiter(accountId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Value.Burst,
            TokensPerPeriod = settings.Value.RequestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one request from the account's bucket; when empty, says how long until the next fits.</summary>
    public bool TryAcquire(Guid accountId, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(accountId);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
