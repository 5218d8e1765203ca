using System.Diagnostics;
using Npgsql;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// Completed session steps per second over real HTTP at each agent count, interleaved round by round with the plain
/// upsert baseline at the same concurrency, so both see the same patch of a shared machine. Each measurement gets a
/// fresh project, so the project's session list starts empty for each of them.
/// </summary>
internal static class StepsBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var baseUrl = options.BaseUrl ?? throw new ArgumentException("--url is required for steps");
        await using var dataSource = NpgsqlDataSource.Create(options.Connection);
        await PlainUpserts.PrepareAsync(dataSource);
        using var http = LoadClient.Create(baseUrl, options.Agents.Max(), TimeSpan.FromSeconds(30));

        await Readiness.WaitAsync(http, TimeSpan.FromSeconds(90));
        Console.WriteLine($"warm-up: {options.Agents.Max()} agents for {options.Warmup.TotalSeconds:0} s");
        var (warm, warmWorld) = await SessionsAsync(http, baseUrl, options.Agents.Max(), options.Warmup, round: 0, options.AskNext);
        var payload = await PayloadAsync(http, warmWorld, warm);
        Console.WriteLine($"baseline payload: a completed session's JSON, {payload.Length:N0} bytes");

        var cpu = new CpuSplit(options.SiloPid, options.PostgresPid);
        var runs = new List<(Measurement Run, DatabaseActivity? Db)>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var agents in options.Agents)
            {
                var upsertsCpu = cpu.Start();
                var upserts = await PlainUpserts.RunAsync(dataSource, payload, agents, options.Duration, round);
                Print(upserts, null);
                Console.WriteLine(upsertsCpu.PerOperation(upserts.Operations));
                runs.Add((upserts, null));
                var before = await DatabaseActivity.ReadAsync(dataSource);
                var counting = await DatabaseActivity.ResetStatementsAsync(dataSource);
                var stepsCpu = cpu.Start();
                var (sessions, _) = await SessionsAsync(http, baseUrl, agents, options.Duration, round, options.AskNext);
                var split = stepsCpu.PerOperation(sessions.Run.Operations);
                var db = await DatabaseActivity.ReadAsync(dataSource) - before;
                Print(sessions.Run, db);
                Console.WriteLine(split);
                if (counting)
                {
                    Console.WriteLine(await DatabaseActivity.StatementsAsync(dataSource, sessions.Run.Operations));
                }

                runs.Add((sessions.Run, db));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"stored state after the run: {await DatabaseActivity.StateSizesAsync(dataSource)}");
        Report.Print(options, [.. runs.Select(r => r.Run)]);
        return 0;
    }

    private static void Print(Measurement run, DatabaseActivity? db) => Console.WriteLine(
        $"round {run.Round} {run.Scenario,-22} {run.Concurrency,3}: {run.Operations,7:N0} in {run.Elapsed.TotalSeconds,5:0.0} s = {run.PerSecond,8:N0}/s  p50 {run.P50Ms,6:0.00} ms  p99 {run.P99Ms,7:0.00} ms" +
        (db is null ? "" : $"  | DB per step: {(double)db.Commits / run.Operations:0.0} commits, {(double)db.RowsWritten / run.Operations:0.0} rows written"));

    private static async Task<((Measurement Run, Guid? Completed), World)> SessionsAsync(HttpClient http, Uri baseUrl, int agents, TimeSpan duration, int round, bool askNext)
    {
        var world = await World.CreateAsync(baseUrl, agents);
        var drivers = world.Components.Select(c => new SimulatedAgent(http, world, c, askNext)).ToArray();
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(drivers.Select(d => Task.Run(() => d.RunAsync(deadline))));
        var run = Measurement.Of("component_code steps", agents, round, drivers.SelectMany(d => d.StepTicks), Stopwatch.GetElapsedTime(started));
        return ((run, drivers.Select(d => d.LastCompleted).FirstOrDefault(id => id is not null)), world);
    }

    private static async Task<byte[]> PayloadAsync(HttpClient http, World world, (Measurement Run, Guid? Completed) warm)
    {
        var sessionId = warm.Completed ?? throw new InvalidOperationException("No session completed in the warm-up; make it longer.");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{world.Sessions}/{sessionId}");
        request.Headers.Authorization = new("Bearer", world.AccessToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}
