using System.Globalization;

namespace CodeMySpec.Bench.Auth;

/// <summary>Prints the table, the ratios and the verdict on the criterion (authenticated ≤ 1.25× the same request unauthenticated).</summary>
internal static class Report
{
    public const double Limit = 1.25;

    /// <summary><paramref name="summaries"/>: a authenticated, b the same request anonymous, c a protected endpoint with the token, d health.</summary>
    public static void Print(BenchOptions options, IReadOnlyList<Measurement> runs, IReadOnlyList<Summary> summaries)
    {
        var c = CultureInfo.InvariantCulture;
        var (a, b, p) = (summaries[0], summaries[1], summaries[2]);
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"== {options.Label}: {options.Concurrency} clients, HTTP/1.1 keep-alive, {options.Duration.TotalSeconds:0}s per run, {options.Rounds} interleaved rounds =="));
        Console.WriteLine("runs:");
        foreach (var run in runs)
        {
            Console.WriteLine(string.Create(c, $"  {run.Scenario.Key}  {run.RequestsPerSecond,9:0} req/s  p50 {run.P50Ms,6:0.00} ms  p99 {run.P99Ms,6:0.00} ms  ({run.Requests} requests, {run.Unexpected} unexpected)"));
        }

        Console.WriteLine("median of the runs:");
        Console.WriteLine("  scenario                                                   req/s   p50 ms   p99 ms  unexpected");
        foreach (var s in summaries)
        {
            Console.WriteLine(string.Create(c, $"  {s.Scenario.Key} {s.Scenario.Title,-52} {s.RequestsPerSecond,9:0} {s.P50Ms,8:0.00} {s.P99Ms,8:0.00}  {s.Unexpected,10}"));
        }

        var ab = a.CostRelativeTo(b);
        Console.WriteLine(string.Create(c, $"ratio a/b, same request with/without token (cost = inverse throughput): {ab:0.00}x   p50 {a.P50Ms / b.P50Ms:0.00}x   p99 {a.P99Ms / b.P99Ms:0.00}x"));
        Console.WriteLine(string.Create(c, $"ratio c/b, protected endpoint with token vs public without (reported, not the target): {p.CostRelativeTo(b):0.00}x   p50 {p.P50Ms / b.P50Ms:0.00}x   p99 {p.P99Ms / b.P99Ms:0.00}x"));
        Console.WriteLine(string.Create(c, $"RESULT [{options.Label}]: a/b = {ab:0.00}x (p50 {a.P50Ms:0.00}/{b.P50Ms:0.00} ms, p99 {a.P99Ms:0.00}/{b.P99Ms:0.00} ms), c/b = {p.CostRelativeTo(b):0.00}x (c p50 {p.P50Ms:0.00} ms, p99 {p.P99Ms:0.00} ms) -> {(ab <= Limit ? "MEETS" : "DOES NOT MEET")} a/b <= {Limit:0.00}x"));
    }
}
