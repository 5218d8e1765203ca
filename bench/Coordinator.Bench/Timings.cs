namespace CodeMySpec.Bench;

/// <summary>Percentiles of measured times, by linear interpolation between the nearest ranks.</summary>
internal static class Timings
{
    public static double Median(IReadOnlyList<double> times) => Percentile(times, 0.5);

    public static double Percentile(IReadOnlyList<double> times, double share)
    {
        var sorted = times.Order().ToArray();
        var position = share * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    public static double Ms(long started) => System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
