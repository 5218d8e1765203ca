using CodeMySpec.Bench.Measurement;

namespace CodeMySpec.Bench.Reporting;

/// <summary>
/// All rounds of one concurrency level. Each figure is the median over the rounds, taken separately
/// for each figure, so that one disturbed run (a checkpoint, a GC) moves none of them.
/// </summary>
internal sealed record CellResult(int Callers, IReadOnlyList<RunResult> Grain, IReadOnlyList<RunResult> Plain)
{
    public double GrainPerSecond => Median(Grain, r => r.PerSecond);

    public double PlainPerSecond => Median(Plain, r => r.PerSecond);

    public double Ratio => GrainPerSecond / PlainPerSecond;

    public double GrainP50 => Median(Grain, r => r.P50Milliseconds);

    public double GrainP99 => Median(Grain, r => r.P99Milliseconds);

    public double PlainP50 => Median(Plain, r => r.P50Milliseconds);

    public double PlainP99 => Median(Plain, r => r.P99Milliseconds);

    private static double Median(IReadOnlyList<RunResult> runs, Func<RunResult, double> figure)
    {
        var sorted = runs.Select(figure).Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
