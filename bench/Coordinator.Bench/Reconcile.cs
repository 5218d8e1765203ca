using System.Diagnostics;
using System.Text.Json;
using CodeMySpec.Api.Coordinator;
using CodeMySpec.Security;
using CodeMySpec.Sessions;

namespace CodeMySpec.Bench;

/// <summary>
/// (a) only reading the report: the sync request's JSON body deserialized as the endpoint does, and the test report
/// parsed by the parser the grain uses; (b) the full reconcile: the same deserialization, then the grain's sync
/// (checks, attribution, storage, requirement evaluation) and the next actions, with the same report re-sent to the
/// reconciled project. Also (c): the same reconcile of a report in which one test result changed (each round changes
/// it and changes it back), so the grain has to parse and store it. Interleaved, medians; the first reconcile (into an
/// empty project) is a warm-up round and printed on its own.
/// </summary>
internal static class Reconcile
{
    private const int WarmUp = 2;
    private const int Rounds = 10;

    // As the HTTP endpoints read bodies: web defaults with snake_case names.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task RunAsync(BenchPhoenixProject project, Scope agent, BenchEvidence evidence)
    {
        var (parse, full, grain, changed, changedGrain) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var first = 0.0;
        for (var round = 0; round < WarmUp + Rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            var request = JsonSerializer.Deserialize<SyncProjectRequest>(evidence.Body, Json)!;
            var (run, error) = TestReportParser.Parse(request.TestResults);
            var parsed = Timings.Ms(started);
            if (run is null || run.Tests.Length != evidence.Tests || request.Files!.Count != evidence.Files.Count)
            {
                throw new InvalidOperationException($"The generated report did not read back: {error}");
            }

            var (changeTotal, changeGrain) = round == 0 ? (0, 0) : await ReconcileAsync(project, agent, evidence, evidence.ChangedBody);
            var (restoreTotal, restoreGrain) = round == 0 ? (0, 0) : await ReconcileAsync(project, agent, evidence, evidence.Body);
            var (total, grainOnly) = await ReconcileAsync(project, agent, evidence, evidence.Body);
            first = round == 0 ? total : first;
            if (round >= WarmUp)
            {
                parse.Add(parsed);
                full.Add(total);
                grain.Add(grainOnly);
                changed.AddRange([changeTotal, restoreTotal]);
                changedGrain.AddRange([changeGrain, restoreGrain]);
            }
        }

        var (a, b, c) = (Timings.Median(parse), Timings.Median(full), Timings.Median(changed));
        Console.WriteLine();
        Console.WriteLine($"full reconcile, median of {Rounds} (interleaved):");
        Console.WriteLine($"  (a) deserialize body + parse report         {a,9:F1} ms");
        Console.WriteLine($"  (b) full reconcile (deserialize + sync + next actions) {b,9:F1} ms   (of it the grain calls {Timings.Median(grain):F1} ms)");
        Console.WriteLine($"  ratio b / a: {b / a:F2}x (target <= 2x); the first reconcile, every row new: {first:F1} ms");
        Console.WriteLine($"  (c) the same with one test result changed   {c,9:F1} ms   (of it the grain calls {Timings.Median(changedGrain):F1} ms); c / a: {c / a:F2}x");
    }

    private static async Task<(double Total, double Grain)> ReconcileAsync(BenchPhoenixProject project, Scope agent, BenchEvidence evidence, byte[] body)
    {
        var started = Stopwatch.GetTimestamp();
        var sync = JsonSerializer.Deserialize<SyncProjectRequest>(body, Json)!.ToSync(project.ProjectId);
        var inGrain = Stopwatch.GetTimestamp();
        var outcome = await project.Coordinator.SyncAsync(agent, sync);
        var actions = await project.Coordinator.GetNextActionsAsync(agent, 10);
        var (total, grainOnly) = (Timings.Ms(started), Timings.Ms(inGrain));
        if (outcome.Files != evidence.Files.Count || outcome.TestsRecorded != evidence.Tests || actions.IsEmpty)
        {
            throw new InvalidOperationException($"Unexpected reconcile: {outcome}");
        }

        return (total, grainOnly);
    }
}
