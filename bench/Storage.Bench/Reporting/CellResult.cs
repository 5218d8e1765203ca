using CodeMySpec.Bench.Measurement;

namespace CodeMySpec.Bench.Reporting;

/// <summary>
/// All rounds of one concurrency level; round i is Grain[i] and Plain[i], run back to back. Each figure
/// is the median over the rounds, so that one disturbed run (a checkpoint, a GC, a neighbour's build)
/// moves none of them. The ratio is the median of the rounds' own ratios: the two runs of a round share
/// the machine's load of that moment, which a ratio of two separate medians would not.
/// </summary>
internal sealed record CellResult(int Callers, IReadOnlyList<RunResult> Grain, IReadOnlyList<RunResult> Plain)
{
    public IEnumerable<double> RoundRatios => Grain.Zip(Plain, (g, p) => g.PerSecond / p.PerSecond);

    public double GrainPerSecond => Median(Grain.Select(r => r.PerSecond));

    public double PlainPerSecond => Median(Plain.Select(r => r.PerSecond));

    public double Ratio => Median(RoundRatios);

    public double GrainP50 => Median(Grain.Select(r => r.P50Milliseconds));

    public double GrainP99 => Median(Grain.Select(r => r.P99Milliseconds));

    public double PlainP50 => Median(Plain.Select(r => r.P50Milliseconds));

    public double PlainP99 => Median(Plain.Select(r => r.P99Milliseconds));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
