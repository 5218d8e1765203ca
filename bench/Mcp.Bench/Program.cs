using CodeMySpec.Bench;
using CodeMySpec.Bench.Mcp;

var options = BenchOptions.Parse(args);
using var http = LoadClient.Create(options.BaseUrl, options.Concurrency, TimeSpan.FromSeconds(10));

await Readiness.WaitAsync(http, TimeSpan.FromSeconds(90));
var world = await World.CreateAsync(options.BaseUrl, http);
List<McpCall> scenarios = [Scenarios.GetStory(world), Scenarios.Echo()];
if (options.Breakdown)
{
    scenarios.AddRange(Scenarios.Breakdown(world));
}

foreach (var scenario in scenarios)
{
    Console.WriteLine($"warm-up {scenario.Key}: {scenario.Title}");
    var warm = await ClosedLoop.RunAsync(http, scenario, options.Concurrency, options.Warmup, options.MaxRequestsPerRun);
    if (warm.Unexpected > 0)
    {
        Console.Error.WriteLine($"{scenario.Title}: {warm.Unexpected} unexpected answers in the warm-up, first: {warm.FirstError}");
        return 1;
    }
}

// CPU of the silo and of PostgreSQL per request, where the script told us their process ids.
var silo = options.SiloPid > 0 ? new ProcessCpu(options.SiloPid) : null;
var postgres = options.PostgresPid > 0 ? new ProcessCpu(options.PostgresPid) : null;
var load = new ProcessCpu(Environment.ProcessId);

// Rounds interleave the scenarios, so a slow patch of the shared machine hits all of them alike.
var runs = new List<Measurement>();
for (var round = 0; round < options.Rounds; round++)
{
    foreach (var scenario in scenarios)
    {
        var (siloBefore, postgresBefore, loadBefore) = (silo?.Read(), postgres?.Read(), load.Read());
        var run = await ClosedLoop.RunAsync(http, scenario, options.Concurrency, options.Duration, options.MaxRequestsPerRun);
        runs.Add(run with
        {
            SiloCpuMsPerRequest = PerRequest(silo?.Read() - siloBefore, run.Requests),
            PostgresCpuMsPerRequest = PerRequest(postgres?.Read() - postgresBefore, run.Requests),
            LoadCpuMsPerRequest = PerRequest(load.Read() - loadBefore, run.Requests),
        });
    }
}

var summaries = scenarios.Select(s => Summary.Of(runs.Where(r => r.Scenario == s).ToArray())).ToArray();
Report.Print(options, runs, summaries);
if (summaries.FirstOrDefault(s => s.Unexpected > 0) is { } failed)
{
    Console.Error.WriteLine($"{summaries.Sum(s => s.Unexpected)} unexpected answers; first: {failed.FirstError}");
    return 1;
}

return 0;

static double PerRequest(TimeSpan? cpu, int requests) => cpu is { } t && requests > 0 ? t.TotalMilliseconds / requests : double.NaN;
