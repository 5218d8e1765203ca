using CodeMySpec.Bench.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CodeMySpec.Bench;

/// <summary>
/// The coordinator on a project of 10,000 components, through an in-process silo that stores evidence exactly as the
/// service does, on one PostgreSQL: (1) a full reconcile (30,000 files and 5,000 tests) against only deserializing
/// and parsing that report (target: at most 2×), (2) one-file deltas (target: 1 ms), (3) claims per second with 32
/// agents claiming and completing work at once.
/// </summary>
internal static class Program
{
    private const int Components = 10_000;
    private const int Files = 30_000;
    private const int Tests = 5_000;

    public static async Task<int> Main(string[] args)
    {
        if (args is not [var connectionString])
        {
            await Console.Error.WriteLineAsync("usage: Coordinator.Bench <PostgreSQL connection string>  (scripts/bench-coordinator.sh starts one)");
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var host = await BenchSilo.StartAsync(dataSource);
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        Console.WriteLine($"Building a phoenix-style project of {Components:N0} components ...");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var project = await BenchPhoenixProject.CreateAsync(grains, Components);
        var evidence = BenchEvidence.Create(project.Components, Files, Tests);
        var agents = await project.AgentsAsync(32);
        Console.WriteLine($"  built in {Timings.Ms(started) / 1000:F1} s; report body {evidence.Body.Length / 1024.0 / 1024:F1} MB " +
            $"({evidence.Files.Count:N0} files, {evidence.Tests:N0} tests, JUnit {evidence.Report.Length / 1024.0 / 1024:F1} MB)");

        await Reconcile.RunAsync(project, agents[0], evidence);
        await Deltas.RunAsync(project, agents[0], evidence, dataSource);
        await Claims.RunAsync(project, agents);
        await host.StopAsync();
        return 0;
    }
}
