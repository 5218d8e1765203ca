using CodeMySpec.Architecture;
using CodeMySpec.Grains.Tests.Accounts;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Architecture;

/// <summary>A fresh account with a project, and helpers to act on the project's architecture.</summary>
public sealed record ArchitectureScenario(AccountScenario Account, Guid ProjectId)
{
    public Scope Owner => Account.Owner;

    public IArchitectureGrain Architecture => Account.Grains.GetGrain<IArchitectureGrain>(ProjectId);

    public static async Task<ArchitectureScenario> CreateAsync(IGrainFactory grains)
    {
        var account = await AccountScenario.CreateAsync(grains);
        var projectId = Guid.NewGuid();
        await grains.GetGrain<IProjectGrain>(projectId).CreateAsync(account.Owner, new ProjectDefinition("Shop", null, "Shop", null, null));
        return new(account, projectId);
    }

    public static ComponentDefinition Definition(string module, string type = "context", int priority = 0) =>
        new(module.Split('.')[^1], module, type, $"The {module} module.", priority);

    public Task<Component> CreateAsync(string module, string type = "context") => Architecture.CreateComponentAsync(Owner, Definition(module, type));

    public async Task DependAsync(Component source, Component target) =>
        await Architecture.AddDependencyAsync(Owner, new Dependency(source.Id, target.Id));
}
