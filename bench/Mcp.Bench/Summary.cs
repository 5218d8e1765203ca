namespace CodeMySpec.Bench.Mcp;

/// <summary>The median over the repeated runs of one scenario, each figure taken on its own.</summary>
internal sealed record Summary(McpCall Scenario, double RequestsPerSecond, double P50Ms, double P99Ms, int Requests, int Unexpected, string? FirstError,
    double SiloCpuMsPerRequest, double PostgresCpuMsPerRequest, double LoadCpuMsPerRequest)
{
    public static Summary Of(IReadOnlyList<Measurement> runs) => new(
        runs[0].Scenario,
        Median(runs.Select(r => r.RequestsPerSecond)),
        Median(runs.Select(r => r.P50Ms)),
        Median(runs.Select(r => r.P99Ms)),
        runs.Sum(r => r.Requests),
        runs.Sum(r => r.Unexpected),
        runs.Select(r => r.FirstError).FirstOrDefault(e => e is not null),
        Median(runs.Select(r => r.SiloCpuMsPerRequest)),
        Median(runs.Select(r => r.PostgresCpuMsPerRequest)),
        Median(runs.Select(r => r.LoadCpuMsPerRequest)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
