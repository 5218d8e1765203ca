using System.Diagnostics;

namespace CodeMySpec.Bench.Measurement;

/// <summary>
/// Drives one operation per caller in a closed loop (each caller waits for its answer before the next
/// call) until the run's time is up or the caller has done its maximum count, whichever comes first.
/// </summary>
internal static class LoadRunner
{
    public static async Task<RunResult> RunAsync(IReadOnlyList<Func<Task>> callers, TimeSpan duration, int maxOperationsPerCaller)
    {
        // Every caller is started and parked before the clock starts, so that the run measures the calls
        // and not the thread pool spinning up tasks.
        var go = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loops = callers.Select(call => Task.Run(() => CallInLoopAsync(call, go.Task, maxOperationsPerCaller))).ToArray();

        var started = Stopwatch.GetTimestamp();
        go.SetResult(started + (long)(duration.TotalSeconds * Stopwatch.Frequency));
        var latencies = await Task.WhenAll(loops);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new RunResult(all.Length, elapsed, Milliseconds(Percentile(all, 0.50)), Milliseconds(Percentile(all, 0.99)));
    }

    private static async Task<List<long>> CallInLoopAsync(Func<Task> call, Task<long> go, int maxOperations)
    {
        var deadline = await go;
        var latencies = new List<long>(capacity: Math.Min(maxOperations, 16_384));
        while (latencies.Count < maxOperations)
        {
            var before = Stopwatch.GetTimestamp();
            if (before >= deadline)
            {
                break;
            }

            await call();
            latencies.Add(Stopwatch.GetTimestamp() - before);
        }

        return latencies;
    }

    private static long Percentile(long[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
