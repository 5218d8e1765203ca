namespace CodeMySpec.Bench.Measurement;

/// <summary>One timed run of one workload: how many operations completed, in how long, and their latency.</summary>
internal sealed record RunResult(int Operations, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
