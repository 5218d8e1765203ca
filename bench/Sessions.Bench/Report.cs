using System.Globalization;

namespace CodeMySpec.Bench.Sessions;

/// <summary>The summary: per agent count the median over rounds of steps/s and upserts/s, latencies, and the ratio against the target.</summary>
internal static class Report
{
    private const double Target = 0.8;

    public static void Print(BenchOptions options, IReadOnlyList<Measurement> runs)
    {
        Console.WriteLine();
        Console.WriteLine($"medians over {options.Rounds} round(s) of {options.Duration.TotalSeconds:0} s each");
        Console.WriteLine("| agents | steps/s | step p50 / p99 ms | plain upserts/s | upsert p50 / p99 ms | ratio |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var agents in options.Agents)
        {
            var steps = Median(runs, "component_code steps", agents);
            var upserts = Median(runs, "plain upsert", agents);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {agents} | {steps.PerSecond:N0} | {steps.P50Ms:0.00} / {steps.P99Ms:0.00} | {upserts.PerSecond:N0} | {upserts.P50Ms:0.00} / {upserts.P99Ms:0.00} | {steps.PerSecond / upserts.PerSecond:0.000} |"));
        }

        var at = options.Agents.Max();
        var ratio = Median(runs, "component_code steps", at).PerSecond / Median(runs, "plain upsert", at).PerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target at {at} agents: steps/s >= {Target} x plain upserts/s; measured {ratio:0.000} -> {(ratio >= Target ? "MET" : "MISSED")}"));
    }

    private static Measurement Median(IReadOnlyList<Measurement> runs, string scenario, int concurrency)
    {
        var matching = runs.Where(r => r.Scenario == scenario && r.Concurrency == concurrency).OrderBy(r => r.PerSecond).ToArray();
        return matching[matching.Length / 2];
    }
}
