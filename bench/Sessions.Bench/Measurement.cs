using System.Diagnostics;

namespace CodeMySpec.Bench.Sessions;

/// <summary>One timed run of one scenario at one concurrency: operations done, how long it took, and latency percentiles.</summary>
internal sealed record Measurement(string Scenario, int Concurrency, int Round, int Operations, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public static Measurement Of(string scenario, int concurrency, int round, IEnumerable<long> ticks, TimeSpan elapsed)
    {
        var all = ticks.ToArray();
        Array.Sort(all);
        return new Measurement(scenario, concurrency, round, all.Length, elapsed, Milliseconds(Percentile(all, 0.50)), Milliseconds(Percentile(all, 0.99)));
    }

    private static long Percentile(long[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
