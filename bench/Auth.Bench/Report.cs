using System.Globalization;

namespace CodeMySpec.Bench.Auth;

/// <summary>Prints the table, the ratios and the verdict on the criterion (authenticated ≤ 1.25× unauthenticated).</summary>
internal static class Report
{
    public const double Limit = 1.25;

    public static void Print(BenchOptions options, IReadOnlyList<Measurement> runs, Summary authenticated, Summary unauthenticated, Summary health)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"== {options.Label}: {options.Concurrency} clients, HTTP/1.1 keep-alive, {options.Duration.TotalSeconds:0}s per run, {options.Rounds} interleaved rounds =="));
        Console.WriteLine("runs:");
        foreach (var run in runs)
        {
            Console.WriteLine(string.Create(c, $"  {run.Scenario.Key}  {run.RequestsPerSecond,9:0} req/s  p50 {run.P50Ms,6:0.00} ms  p99 {run.P99Ms,6:0.00} ms  ({run.Requests} requests, {run.Unexpected} unexpected)"));
        }

        Console.WriteLine("median of the runs:");
        Console.WriteLine("  scenario                                                   req/s   p50 ms   p99 ms  unexpected");
        foreach (var s in new[] { authenticated, unauthenticated, health })
        {
            Console.WriteLine(string.Create(c, $"  {s.Scenario.Key} {s.Scenario.Title,-52} {s.RequestsPerSecond,9:0} {s.P50Ms,8:0.00} {s.P99Ms,8:0.00}  {s.Unexpected,10}"));
        }

        var ab = authenticated.CostRelativeTo(unauthenticated);
        var ac = authenticated.CostRelativeTo(health);
        Console.WriteLine(string.Create(c, $"ratio a/b (cost per request = inverse throughput): {ab:0.00}x   p50 latency ratio: {authenticated.P50Ms / unauthenticated.P50Ms:0.00}x"));
        Console.WriteLine(string.Create(c, $"ratio a/c (cost per request = inverse throughput): {ac:0.00}x   p50 latency ratio: {authenticated.P50Ms / health.P50Ms:0.00}x"));
        Console.WriteLine(string.Create(c, $"RESULT [{options.Label}]: authenticated / same request unauthenticated (a/b) = {ab:0.00}x -> {(ab <= Limit ? "MEETS" : "DOES NOT MEET")} <= {Limit:0.00}x"));
    }
}
