using System.Collections.Immutable;
using CodeMySpec.Accounts;
using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Bench;

/// <summary>
/// A generated phoenix-style project: contexts Bench.Ctx{i}, each with children Bench.Ctx{i}.Part{j} of the usual
/// types; every context depends on the one before it and on one further back, every child on its previous sibling.
/// Agents are clients granted to the project.
/// </summary>
internal sealed class BenchPhoenixProject
{
    public const int ChildrenPerContext = 19;

    private const int ContextsPerBatch = 25;

    private static readonly string[] ChildTypes = ["service", "schema", "repository", "controller", "liveview", "json", "genserver", "task"];

    private BenchPhoenixProject(IGrainFactory grains, Scope owner, Guid projectId, ImmutableArray<Component> components)
    {
        Grains = grains;
        Owner = owner;
        ProjectId = projectId;
        Components = components;
    }

    public IGrainFactory Grains { get; }

    public Scope Owner { get; }

    public Guid ProjectId { get; }

    public ImmutableArray<Component> Components { get; }

    public ICoordinatorGrain Coordinator => Grains.GetGrain<ICoordinatorGrain>(ProjectId);

    public static async Task<BenchPhoenixProject> CreateAsync(IGrainFactory grains, int components)
    {
        var owner = Scope.ForPerson(Guid.NewGuid(), Guid.NewGuid());
        await grains.GetGrain<IAccountGrain>(owner.AccountId)
            .CreateAsync(owner, new NewAccount("Bench", "bench-" + Guid.NewGuid().ToString("N")[..12], AccountType.Team));
        var projectId = Guid.NewGuid();
        await grains.GetGrain<IProjectGrain>(projectId).CreateAsync(owner, new ProjectDefinition("Bench", null, "Bench", null, null));

        var architecture = grains.GetGrain<IArchitectureGrain>(projectId);
        var contexts = components / (ChildrenPerContext + 1);
        var created = ImmutableArray.CreateBuilder<Component>(components);
        for (var start = 0; start < contexts; start += ContextsPerBatch)
        {
            var batch = Enumerable.Range(start, Math.Min(ContextsPerBatch, contexts - start)).SelectMany(NewContext).ToImmutableArray();
            created.AddRange(await architecture.CreateComponentsAsync(owner, batch));
        }

        return new BenchPhoenixProject(grains, owner, projectId, created.ToImmutable());
    }

    /// <summary>Grants that many agent clients to the project and returns their scopes.</summary>
    public async Task<Scope[]> AgentsAsync(int count)
    {
        var project = Grains.GetGrain<IProjectGrain>(ProjectId);
        var agents = new Scope[count];
        for (var i = 0; i < count; i++)
        {
            var clientId = $"bench-agent-{i}-{Guid.NewGuid():N}";
            await project.GrantAgentAsync(Owner, clientId);
            agents[i] = Scope.ForAgent(clientId, Owner.AccountId, ProjectId);
        }

        return agents;
    }

    private static IEnumerable<NewComponent> NewContext(int i)
    {
        var context = Context(i);
        ImmutableArray<string> dependsOn = i == 0 ? [] : i < 3 ? [Context(i - 1)] : [Context(i - 1), Context(i / 2)];
        yield return new NewComponent(new ComponentDefinition($"Context {i}", context, "context", null, i % 5), dependsOn);
        for (var j = 0; j < ChildrenPerContext; j++)
        {
            var module = $"{context}.Part{j}";
            yield return new NewComponent(new ComponentDefinition($"Part {j}", module, ChildTypes[j % ChildTypes.Length], null, j % 3),
                j == 0 ? [] : [$"{context}.Part{j - 1}"], context);
        }
    }

    private static string Context(int i) => $"Bench.Ctx{i}";
}
