using System.Net;
using System.Net.Sockets;

namespace CodeMySpec.TestSupport;

/// <summary>Loopback ports no one listens on right now.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
