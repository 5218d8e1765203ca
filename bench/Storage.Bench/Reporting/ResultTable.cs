using System.Globalization;

namespace CodeMySpec.Bench.Reporting;

/// <summary>Prints the results: one row per concurrency level, the runs behind it, and the verdict.</summary>
internal static class ResultTable
{
    public const double TargetRatio = 0.8;

    public static void Print(IReadOnlyList<CellResult> cells, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Row("callers", "grain writes/s", "plain upserts/s", "ratio", "grain p50 ms", "grain p99 ms", "plain p50 ms", "plain p99 ms"));
        output.WriteLine(new string('-', 112));
        foreach (var cell in cells)
        {
            output.WriteLine(Row(
                N(cell.Callers, "0"), N(cell.GrainPerSecond, "N0"), N(cell.PlainPerSecond, "N0"), N(cell.Ratio, "0.00"),
                N(cell.GrainP50, "0.00"), N(cell.GrainP99, "0.00"), N(cell.PlainP50, "0.00"), N(cell.PlainP99, "0.00")));
        }

        output.WriteLine();
        output.WriteLine("Medians over the rounds; ratio = median of the rounds' grain/plain ratios. The rounds, in order:");
        foreach (var cell in cells)
        {
            output.WriteLine($"  {cell.Callers,2} callers  grain/s {Runs(cell.Grain.Select(r => r.PerSecond), "N0")}");
            output.WriteLine($"             plain/s {Runs(cell.Plain.Select(r => r.PerSecond), "N0")}");
            output.WriteLine($"             ratio   {Runs(cell.RoundRatios, "0.00")}");
        }

        var verdict = cells.MaxBy(c => c.Callers)!;
        output.WriteLine();
        var outcome = verdict.Ratio >= TargetRatio ? "MET" : "NOT MET";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ratio at {verdict.Callers} callers: {verdict.Ratio:0.000} (grain/plain), target >= {TargetRatio:0.0}: {outcome}"));
    }

    private static string Row(params string[] columns) =>
        $"{columns[0],7} {columns[1],15} {columns[2],16} {columns[3],6} {columns[4],13} {columns[5],13} {columns[6],13} {columns[7],13}";

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Runs(IEnumerable<double> values, string format) =>
        string.Join(" / ", values.Select(v => v.ToString(format, CultureInfo.InvariantCulture)));
}
