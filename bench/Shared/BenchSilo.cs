using System.Net;
using System.Net.Sockets;
using CodeMySpec.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CodeMySpec.Bench.Hosting;

/// <summary>An in-process single-silo cluster that stores grain state exactly as the service does.</summary>
internal static class BenchSilo
{
    public static IHost Build(NpgsqlDataSource dataSource)
    {
        var builder = Host.CreateApplicationBuilder();
        // Warnings only, and on stderr: stdout carries the results.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort())
            .AddCodeMySpecGrainServices(dataSource));
        return builder.Build();
    }

    /// <summary>Migrates the database, starts the silo and returns it running.</summary>
    public static async Task<IHost> StartAsync(NpgsqlDataSource dataSource)
    {
        await new Silo.Migrations.SchemaMigrator(dataSource).MigrateAsync();
        var host = Build(dataSource);
        await host.StartAsync();
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
