using CodeMySpec.Bench.Measurement;
using CodeMySpec.Bench.Reporting;
using CodeMySpec.Bench.Workloads;

namespace CodeMySpec.Bench;

/// <summary>
/// For each concurrency level: a warm-up of both workloads, then rounds of one timed run each, in
/// alternating order (plain, grain, grain, plain, ...) so that drift during the run (WAL growth,
/// checkpoints, autovacuum) does not always favour the same side.
/// </summary>
internal sealed class StorageBenchmark(BenchSettings settings, TextWriter progress)
{
    public async Task<IReadOnlyList<CellResult>> RunAsync(IWorkload grain, IWorkload plain)
    {
        var cells = new List<CellResult>();
        foreach (var callers in settings.Callers)
        {
            var grainCalls = Enumerable.Range(0, callers).Select(grain.OperationFor).ToList();
            var plainCalls = Enumerable.Range(0, callers).Select(plain.OperationFor).ToList();
            progress.Write($"{callers,2} callers: warm-up");
            await RunAsync(plainCalls, settings.Warmup);
            await RunAsync(grainCalls, settings.Warmup);

            var grainRuns = new List<RunResult>();
            var plainRuns = new List<RunResult>();
            for (var round = 0; round < settings.Rounds; round++)
            {
                if (round % 2 == 0)
                {
                    plainRuns.Add(await RunAsync(plainCalls, settings.Duration));
                    grainRuns.Add(await RunAsync(grainCalls, settings.Duration));
                }
                else
                {
                    grainRuns.Add(await RunAsync(grainCalls, settings.Duration));
                    plainRuns.Add(await RunAsync(plainCalls, settings.Duration));
                }

                progress.Write($", round {round + 1}");
            }

            progress.WriteLine();
            cells.Add(new CellResult(callers, grainRuns, plainRuns));
        }

        return cells;
    }

    private Task<RunResult> RunAsync(IReadOnlyList<Func<Task>> calls, TimeSpan duration) =>
        LoadRunner.RunAsync(calls, duration, settings.MaxOperationsPerCaller);
}
