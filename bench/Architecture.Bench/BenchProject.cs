using System.Collections.Immutable;
using System.Diagnostics;
using CodeMySpec.Accounts;
using CodeMySpec.Architecture;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Bench;

/// <summary>
/// One benchmark project: an account, a project and its components M0..Mn-1. Every dependency goes from a higher
/// to a lower index, so the graph stays acyclic whatever is added.
/// </summary>
internal sealed class BenchProject
{
    private const int BatchSize = 500;

    private readonly HashSet<(int, int)> _edges = [];
    private readonly Random _random = new(42);
    private readonly Guid[] _ids;

    private BenchProject(Scope owner, IArchitectureGrain architecture, Guid projectId, int components)
    {
        Owner = owner;
        Architecture = architecture;
        ProjectId = projectId;
        _ids = [.. Enumerable.Range(0, components).Select(i => ComponentIds.For(projectId, Module(i)))];
    }

    public Scope Owner { get; }

    public IArchitectureGrain Architecture { get; }

    public Guid ProjectId { get; }

    public static async Task<BenchProject> CreateAsync(IGrainFactory grains, int components, int dependencies)
    {
        var owner = Scope.ForPerson(Guid.NewGuid(), Guid.NewGuid());
        await grains.GetGrain<IAccountGrain>(owner.AccountId)
            .CreateAsync(owner, new NewAccount("Bench", "bench-" + Guid.NewGuid().ToString("N")[..12], AccountType.Team));
        var projectId = Guid.NewGuid();
        await grains.GetGrain<IProjectGrain>(projectId).CreateAsync(owner, new ProjectDefinition("Bench", null, "Bench", null, null));
        var project = new BenchProject(owner, grains.GetGrain<IArchitectureGrain>(projectId), projectId, components);

        var dependsOn = Enumerable.Range(0, components).Select(_ => new List<string>()).ToArray();
        while (project._edges.Count < dependencies)
        {
            var (source, target) = project.NextEdge();
            project._edges.Add((source, target));
            dependsOn[source].Add(Module(target));
        }

        for (var start = 0; start < components; start += BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(BatchSize, components - start))
                .Select(i => new NewComponent(new ComponentDefinition($"Component {i}", Module(i), "service", null, 0), [.. dependsOn[i]]))
                .ToImmutableArray();
            await project.Architecture.CreateComponentsAsync(owner, batch);
        }

        return project;
    }

    /// <summary>Adds that many new dependencies one by one; returns each acknowledged call's time in ms.</summary>
    public async Task<List<double>> AddDependenciesAsync(int count)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var (source, target) = NextEdge();
            _edges.Add((source, target));
            var started = Stopwatch.GetTimestamp();
            await Architecture.AddDependencyAsync(Owner, new Dependency(_ids[source], _ids[target]));
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }

    /// <summary>Drops every activation and times the first read (which loads the project's rows).</summary>
    public async Task<double> ReloadAsync(IGrainFactory grains)
    {
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var started = Stopwatch.GetTimestamp();
        await Architecture.ValidateAsync(Owner);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public string Describe() => $"{_ids.Length:N0} components, {_edges.Count:N0} dependencies";

    private static string Module(int index) => $"Bench.M{index}";

    private (int Source, int Target) NextEdge()
    {
        while (true)
        {
            var source = _random.Next(1, _ids.Length);
            var target = _random.Next(0, source);
            if (!_edges.Contains((source, target)))
            {
                return (source, target);
            }
        }
    }
}
