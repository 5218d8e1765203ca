using System.Globalization;

namespace CodeMySpec.Bench.Mcp;

/// <summary>Prints the runs, the medians, and the verdict on the target: (a) reaches at least 0.8× (b)'s throughput.</summary>
internal static class Report
{
    public const double Target = 0.8;

    public static void Print(BenchOptions options, IReadOnlyList<Measurement> runs, IReadOnlyList<Summary> summaries)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(c,
            $"== MCP gateway: {options.Concurrency} connections, HTTP/1.1 keep-alive, closed loop, {options.Duration.TotalSeconds:0}s per run, {options.Rounds} interleaved rounds after {options.Warmup.TotalSeconds:0}s warm-up each =="));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, shared by this load generator, the silo and PostgreSQL");
        if (options.Note.Length > 0)
        {
            Console.WriteLine(options.Note);
        }

        Console.WriteLine("runs:");
        foreach (var run in runs)
        {
            Console.WriteLine(string.Create(c, $"  {run.Scenario.Key,-3} {run.RequestsPerSecond,8:0} req/s  p50 {run.P50Ms,6:0.00} ms  p99 {run.P99Ms,6:0.00} ms  CPU/request silo {run.SiloCpuMsPerRequest,6:0.000} ms PostgreSQL {run.PostgresCpuMsPerRequest,6:0.000} ms load generator {run.LoadCpuMsPerRequest,6:0.000} ms  ({run.Requests} requests, {run.Unexpected} unexpected)"));
        }

        Console.WriteLine("median of the runs:");
        Console.WriteLine("  scenario                                                      req/s   p50 ms   p99 ms  unexpected  CPU ms/request: silo  PostgreSQL  load gen.");
        foreach (var s in summaries)
        {
            Console.WriteLine(string.Create(c, $"  {s.Scenario.Key,-3} {s.Scenario.Title,-55} {s.RequestsPerSecond,7:0} {s.P50Ms,8:0.00} {s.P99Ms,8:0.00}  {s.Unexpected,10}  {s.SiloCpuMsPerRequest,20:0.000} {s.PostgresCpuMsPerRequest,11:0.000} {s.LoadCpuMsPerRequest,10:0.000}"));
        }

        var a = summaries[0];
        var b = summaries[1];
        var ratio = a.RequestsPerSecond / b.RequestsPerSecond;
        foreach (var s in summaries.Skip(2))
        {
            Console.WriteLine(string.Create(c, $"  {s.Scenario.Key}/b throughput: {s.RequestsPerSecond / b.RequestsPerSecond:0.00}"));
        }

        Console.WriteLine(string.Create(c,
            $"RESULT: get_story (a) {a.RequestsPerSecond:0} req/s p50 {a.P50Ms:0.00} ms p99 {a.P99Ms:0.00} ms; echo (b) {b.RequestsPerSecond:0} req/s p50 {b.P50Ms:0.00} ms p99 {b.P99Ms:0.00} ms; " +
            $"a/b throughput = {ratio:0.00} -> {(ratio >= Target ? "MEETS" : "DOES NOT MEET")} the target >= {Target:0.0} ({Environment.ProcessorCount} cores)"));
    }
}
