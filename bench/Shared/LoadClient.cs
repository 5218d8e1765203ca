using System.Net;

namespace CodeMySpec.Bench;

/// <summary>The load generator's HTTP client: HTTP/1.1 keep-alive connections, one per concurrent caller, kept for the run.</summary>
internal static class LoadClient
{
    public static HttpClient Create(Uri baseUrl, int connections, TimeSpan timeout) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        UseCookies = false,
    })
    {
        BaseAddress = baseUrl,
        Timeout = timeout,
        DefaultRequestVersion = HttpVersion.Version11,
    };
}
