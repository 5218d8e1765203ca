using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// Dynamic client registration needs no credentials and writes a row per call, so each client address gets a
/// fixed number of registrations per minute on this silo. Behind a proxy the address is the proxy's unless
/// <c>Http:TrustedProxies</c> names it (then it is the client's, from X-Forwarded-For).
/// </summary>
internal sealed class RegistrationRateLimits(IOptions<OAuthSettings> settings) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.Value.RegistrationsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Counts one registration for the address; when its minute is used up, says how long until the next.</summary>
    public bool TryAcquire(IPAddress? address, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(address ?? IPAddress.None);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
