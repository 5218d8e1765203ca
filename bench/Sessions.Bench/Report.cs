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
        for (var round = 1; round <= options.Rounds; round++)
        {
            var steps = runs.Single(r => r.Scenario == "component_code steps" && r.Concurrency == at && r.Round == round);
            var upserts = runs.Single(r => r.Scenario == "plain upsert" && r.Concurrency == at && r.Round == round);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round} at {at} agents: ratio {steps.PerSecond / upserts.PerSecond:0.000}"));
        }

        var ratio = Median(runs, "component_code steps", at).PerSecond / Median(runs, "plain upsert", at).PerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target at {at} agents: steps/s >= {Target} x plain upserts/s; measured {ratio:0.000} -> {(ratio >= Target ? "MET" : "MISSED")}"));
    }

    /// <summary>The median run by throughput; with an even number of rounds, the two middle runs averaged.</summary>
    private static Measurement Median(IReadOnlyList<Measurement> runs, string scenario, int concurrency)
    {
        var matching = runs.Where(r => r.Scenario == scenario && r.Concurrency == concurrency).OrderBy(r => r.PerSecond).ToArray();
        var (low, high) = (matching[(matching.Length - 1) / 2], matching[matching.Length / 2]);
        return ReferenceEquals(low, high)
            ? high
            : high with
            {
                Operations = (low.Operations + high.Operations) / 2,
                Elapsed = (low.Elapsed + high.Elapsed) / 2,
                P50Ms = (low.P50Ms + high.P50Ms) / 2,
                P99Ms = (low.P99Ms + high.P99Ms) / 2,
            };
    }
}
