using System.Collections.Immutable;
using System.Diagnostics;
using CodeMySpec.Accounts;
using CodeMySpec.Architecture;
using CodeMySpec.Bench.Hosting;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using CodeMySpec.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// Memory held per idle session, in an in-process silo that stores state as the service does: sessions are started
/// and given their first command (pending, leased), then left alone. The managed heap after a full collection and
/// the process's resident memory are read before, with all of them active, and after the silo deactivated them.
/// Sessions are spread over projects (<c>--sessions-per-project</c>) because each project's session list is one
/// grain state that is rewritten whole on every start.
/// </summary>
internal static class IdleSessions
{
    private const int Workers = 64;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var dataSource = NpgsqlDataSource.Create(options.Connection);
        using var host = await BenchSilo.StartAsync(dataSource);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var count = options.IdleSessions;
        var projects = (count + options.SessionsPerProject - 1) / options.SessionsPerProject;
        var clock = Stopwatch.StartNew();

        Console.WriteLine($"setting up {projects:N0} projects with one component each");
        var targets = new (Scope Scope, Guid Component)[projects];
        await ForEachAsync(projects, async i => targets[i] = await ProjectAsync(grains));
        // A warm-up project: code paths, caches and pools are in place before the first reading.
        var warm = await ProjectAsync(grains);
        await ForEachAsync(200, _ => IdleSessionAsync(grains, warm));
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var before = Memory.Read();
        Console.WriteLine($"before: {before}  (setup {clock.Elapsed.TotalSeconds:0} s)");

        var started = Stopwatch.StartNew();
        var done = 0;
        await ForEachAsync(count, async i =>
        {
            await IdleSessionAsync(grains, targets[i / options.SessionsPerProject]);
            if (Interlocked.Increment(ref done) % 10_000 == 0)
            {
                Console.WriteLine($"  {done:N0} sessions idle after {started.Elapsed.TotalSeconds:0} s");
            }
        });
        Console.WriteLine($"created {count:N0} idle sessions in {started.Elapsed.TotalSeconds:0} s ({count / started.Elapsed.TotalSeconds:N0}/s)");

        var active = Memory.Read();
        var activations = await grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount();
        Console.WriteLine($"activated: {active}  ({activations:N0} activations)");
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var collected = Memory.Read();
        Console.WriteLine($"after deactivation: {collected}  ({await grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount():N0} activations)");

        Console.WriteLine();
        Console.WriteLine($"| {count:N0} idle sessions | heap per session | RSS per session |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| activated (pending command, lease timer) | {PerSession(active.Heap - before.Heap, count)} | {PerSession(active.Rss - before.Rss, count)} |");
        Console.WriteLine($"| after the silo deactivated them | {PerSession(collected.Heap - before.Heap, count)} | {PerSession(collected.Rss - before.Rss, count)} |");
        var held = (active.Heap - before.Heap) / (double)count / 1024;
        Console.WriteLine($"target: <= 10 KB per idle session; activated heap {held:0.00} KB -> {(held <= 10 ? "MET" : "MISSED")}; total time {clock.Elapsed.TotalSeconds:0} s");
        await host.StopAsync();
        return 0;
    }

    private static string PerSession(long bytes, int count) => $"{bytes / (double)count / 1024:0.00} KB";

    private static async Task<(Scope, Guid)> ProjectAsync(IGrainFactory grains)
    {
        var owner = Scope.ForPerson(Guid.NewGuid(), Guid.NewGuid());
        await grains.GetGrain<IAccountGrain>(owner.AccountId)
            .CreateAsync(owner, new NewAccount("Bench", "bench-" + Guid.NewGuid().ToString("N")[..12], AccountType.Team));
        var projectId = Guid.NewGuid();
        await grains.GetGrain<IProjectGrain>(projectId).CreateAsync(owner, new ProjectDefinition("Bench", null, "Bench", null, null));
        var components = await grains.GetGrain<IArchitectureGrain>(projectId).CreateComponentsAsync(owner,
            [new NewComponent(new ComponentDefinition("Users", "Bench.Accounts.Users", "repository", null, 0), ImmutableArray<string>.Empty)]);
        return (owner with { ProjectId = projectId }, components[0].Id);
    }

    private static async Task IdleSessionAsync(IGrainFactory grains, (Scope Scope, Guid Component) target)
    {
        var session = grains.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.StartAsync(target.Scope, new NewSession(SessionType.ComponentCode, target.Component));
        var next = await session.GetNextCommandAsync(target.Scope);
        if (next.Interaction is null)
        {
            throw new InvalidOperationException("A new component_code session gave no first command.");
        }
    }

    private static async Task ForEachAsync(int count, Func<int, Task> action)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Workers, count)).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < count)
            {
                await action(i);
            }
        })));
    }

    private sealed record Memory(long Heap, long Rss)
    {
        public static Memory Read()
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            return new Memory(heap, process.WorkingSet64);
        }

        public override string ToString() => $"heap {Heap / 1048576.0:N1} MB, RSS {Rss / 1048576.0:N1} MB";
    }
}
