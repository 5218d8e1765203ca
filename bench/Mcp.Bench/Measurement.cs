namespace CodeMySpec.Bench.Mcp;

/// <summary>The outcome of one closed-loop run of one scenario; CPU per request is NaN where it was not measured.</summary>
internal sealed record Measurement(McpCall Scenario, int Requests, int Unexpected, TimeSpan Elapsed, double P50Ms, double P99Ms, string? FirstError)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double SiloCpuMsPerRequest { get; init; } = double.NaN;

    public double PostgresCpuMsPerRequest { get; init; } = double.NaN;

    /// <summary>This load generator's own CPU per request: it shares the machine, so what it spends is not the silo's.</summary>
    public double LoadCpuMsPerRequest { get; init; } = double.NaN;
}
