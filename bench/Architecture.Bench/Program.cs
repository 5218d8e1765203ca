using System.Diagnostics;
using CodeMySpec.Bench.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CodeMySpec.Bench;

/// <summary>
/// Adding one dependency to a project of 50 components and to one of 5,000 components with 20,000 dependencies,
/// on one PostgreSQL, through an in-process silo that stores state exactly as the service does. Prints the
/// median acknowledged write in both and their ratio (target: at most 2×).
/// </summary>
internal static class Program
{
    private const int Adds = 200;
    private const int WarmUp = 20;

    public static async Task<int> Main(string[] args)
    {
        if (args is not [var connectionString])
        {
            await Console.Error.WriteLineAsync("usage: Architecture.Bench <PostgreSQL connection string>  (scripts/bench-architecture.sh starts one)");
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var host = await BenchSilo.StartAsync(dataSource);
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        Console.WriteLine("Building a project of 50 components ...");
        var small = await BenchProject.CreateAsync(grains, components: 50, dependencies: 150);
        Console.WriteLine("Building a project of 5,000 components and 20,000 dependencies ...");
        var build = Stopwatch.StartNew();
        var large = await BenchProject.CreateAsync(grains, components: 5_000, dependencies: 20_000);
        Console.WriteLine($"  built in {build.Elapsed.TotalSeconds:F1} s");

        var (smallName, largeName) = (small.Describe(), large.Describe());
        await small.AddDependenciesAsync(WarmUp);
        await large.AddDependenciesAsync(WarmUp);
        // Interleaved, so that disk and cache noise falls on both projects alike.
        var (smallTimes, largeTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < Adds; i++)
        {
            smallTimes.AddRange(await small.AddDependenciesAsync(1));
            largeTimes.AddRange(await large.AddDependenciesAsync(1));
        }

        var (smallMedian, largeMedian) = (Median(smallTimes), Median(largeTimes));
        Console.WriteLine();
        Console.WriteLine($"add one dependency, median of {Adds} acknowledged writes (p90 in brackets):");
        Console.WriteLine($"  {smallName,-45} {smallMedian,8:F3} ms  ({Percentile(smallTimes, 0.9):F3} ms)");
        Console.WriteLine($"  {largeName,-45} {largeMedian,8:F3} ms  ({Percentile(largeTimes, 0.9):F3} ms)");
        Console.WriteLine($"  ratio large / small: {largeMedian / smallMedian:F2}x (target <= 2x)");

        Console.WriteLine($"  reloading the large project after deactivation: {await large.ReloadAsync(grains):F0} ms");
        await host.StopAsync();
        return 0;
    }

    private static double Median(IReadOnlyList<double> times) => Percentile(times, 0.5);

    private static double Percentile(IReadOnlyList<double> times, double share)
    {
        var sorted = times.Order().ToArray();
        var position = share * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
