using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace CodeMySpec.Cluster.Tests;

/// <summary>An Orleans client that knows exactly one gateway, so every call it makes enters the cluster there.</summary>
internal sealed class GatewayClient(IHost host) : IAsyncDisposable
{
    private static readonly TimeSpan ManifestRefresh = TimeSpan.FromMilliseconds(200);

    public IClusterClient Grains { get; } = host.Services.GetRequiredService<IClusterClient>();

    public static async Task<GatewayClient> ConnectAsync(IPEndPoint gateway, string clusterId, string serviceId, TimeSpan timeout)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client
            .UseStaticClustering(gateway)
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, serviceId))
            // A call to a silo that died must fail within the test's time, not after the 30 s default.
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10))
            // The client copies the gateway's view of the cluster's silos; refresh it often so the test can wait on it.
            .Configure<TypeManagementOptions>(o => o.TypeMapRefreshInterval = ManifestRefresh));
        var host = builder.Build();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await host.StartAsync(cts.Token);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new GatewayClient(host);
    }

    /// <summary>
    /// Waits until the gateway silo holds the grain manifest of the silo listening on <paramref name="siloPort"/>:
    /// only then does the gateway's placement count that silo as able to host grains.
    /// </summary>
    public async Task<SiloAddress> WaitForSiloAsync(int siloPort, TimeSpan timeout)
    {
        var manifests = host.Services.GetRequiredService<IClusterManifestProvider>();
        var clock = Stopwatch.StartNew();
        var maxPolls = (int)(timeout / ManifestRefresh) + 1;
        for (var poll = 0; poll < maxPolls && clock.Elapsed <= timeout; poll++)
        {
            if (manifests.Current.Silos.Keys.FirstOrDefault(s => s.Endpoint.Port == siloPort) is { } silo)
            {
                return silo;
            }

            await Task.Delay(ManifestRefresh);
        }

        throw new TimeoutException(
            $"The gateway did not learn of the silo on port {siloPort} within {timeout}; it knows {string.Join(", ", manifests.Current.Silos.Keys)}.");
    }

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await host.StopAsync(cts.Token);
        }
        finally
        {
            host.Dispose();
        }
    }
}
