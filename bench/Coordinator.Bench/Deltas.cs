using System.Diagnostics;
using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;
using CodeMySpec.Security;
using Npgsql;

namespace CodeMySpec.Bench;

/// <summary>
/// One-file deltas on the reconciled project (a file added, then removed again), each an acknowledged sync. For the
/// breakdown it also times what a delta cannot avoid, one committed single-row insert on the same PostgreSQL, and, for
/// comparison, the requirement engine over the whole project (what the grain used to run after every change) and the
/// incremental model's update that replaced it.
/// </summary>
internal static class Deltas
{
    private const int WarmUp = 20;
    private const int Count = 200;

    public static async Task RunAsync(BenchPhoenixProject project, Scope agent, BenchEvidence evidence, NpgsqlDataSource dataSource)
    {
        var times = new List<double>(Count);
        for (var i = 0; i < WarmUp + Count; i++)
        {
            var path = $"lib/bench/delta_{i / 2}.ex";
            var sync = i % 2 == 0 ? new ProjectSync(false, [path], [], null) : new ProjectSync(false, [], [path], null);
            var started = Stopwatch.GetTimestamp();
            await project.Coordinator.SyncAsync(agent, sync);
            if (i >= WarmUp)
            {
                times.Add(Timings.Ms(started));
            }
        }

        var commit = await CommitFloorAsync(dataSource);
        var engine = await EngineAsync(project, evidence);
        var incremental = await IncrementalAsync(project, evidence);
        Console.WriteLine();
        Console.WriteLine($"one-file delta, {Count} acknowledged syncs (add, then remove):");
        Console.WriteLine($"  median {Timings.Median(times):F2} ms, p99 {Timings.Percentile(times, 0.99):F2} ms (target 1 ms)");
        Console.WriteLine($"  for comparison: one committed single-row insert {Timings.Median(commit):F2} ms median; " +
            $"requirement engine over all {project.Components.Length:N0} components {Timings.Median(engine):F2} ms median; " +
            $"the incremental model's update for one child's spec file {Timings.Median(incremental):F3} ms median");
    }

    private static async Task<List<double>> CommitFloorAsync(NpgsqlDataSource dataSource)
    {
        var times = new List<double>();
        var projectId = Guid.NewGuid();
        for (var i = 0; i < WarmUp + Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using (var connection = await dataSource.OpenConnectionAsync())
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await using var command = new NpgsqlCommand("INSERT INTO coordinator_files (project_id, path) VALUES ($1, $2)", connection, transaction)
                {
                    Parameters = { new() { Value = projectId }, new() { Value = $"lib/floor_{i}.ex" } },
                };
                await command.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }

            if (i >= WarmUp)
            {
                times.Add(Timings.Ms(started));
            }
        }

        await using var cleanup = dataSource.CreateCommand("DELETE FROM coordinator_files WHERE project_id = $1");
        cleanup.Parameters.Add(new NpgsqlParameter { Value = projectId });
        await cleanup.ExecuteNonQueryAsync();
        return times;
    }

    private static async Task<List<double>> EngineAsync(BenchPhoenixProject project, BenchEvidence evidence)
    {
        var snapshot = await project.Grains.GetGrain<IArchitectureGrain>(project.ProjectId).GetAsync(project.Owner);
        var testFiles = snapshot.Components.Select(c => ComponentTypes.Profile.PathsFor(c.ModuleName, c.Type).TestFile).ToHashSet(StringComparer.Ordinal);
        var tests = EvidenceRules.ReadReport(evidence.Report, testFiles, DateTimeOffset.UtcNow).ToDictionary(t => t.File, StringComparer.Ordinal);
        var inputs = new RequirementInputs(snapshot.Components, new Dictionary<Guid, string>(), evidence.Files.ToHashSet(StringComparer.Ordinal), tests,
            new Dictionary<Guid, string>(), ComponentTypes.Profile);
        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var started = Stopwatch.GetTimestamp();
            RequirementEngine.Evaluate(inputs);
            times.Add(Timings.Ms(started));
        }

        return times;
    }

    /// <summary>The incremental model's update for one file of a context's child (the child and its context re-evaluated), each way.</summary>
    private static async Task<List<double>> IncrementalAsync(BenchPhoenixProject project, BenchEvidence evidence)
    {
        var snapshot = await project.Grains.GetGrain<IArchitectureGrain>(project.ProjectId).GetAsync(project.Owner);
        var files = evidence.Files.ToHashSet(StringComparer.Ordinal);
        var model = RequirementModel.Build(new RequirementInputs(snapshot.Components, new Dictionary<Guid, string>(), files,
            new Dictionary<string, FileTests>(StringComparer.Ordinal), new Dictionary<Guid, string>(), ComponentTypes.Profile));
        var child = snapshot.Components.First(c => c.ParentComponentId is not null);
        var path = ComponentTypes.Profile.PathsFor(child.ModuleName, child.Type).SpecFile;
        var times = new List<double>();
        for (var i = 0; i < WarmUp + Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            _ = files.Remove(path) || files.Add(path);
            model.Update(model.Inputs, new RequirementChange([path], []));
            if (i >= WarmUp)
            {
                times.Add(Timings.Ms(started));
            }
        }

        return times;
    }
}
