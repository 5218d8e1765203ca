using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Security;
using Npgsql;

namespace CodeMySpec.Grains.Tests.Architecture;

[Collection(ClusterCollection.Name)]
public sealed partial class ArchitectureGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task CreateComponent_WithAModuleName_GetsTheDeterministicIdAndOneRow()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);

        var component = await scenario.CreateAsync("MyApp.Accounts");

        Assert.Equal(ComponentIds.For(scenario.ProjectId, "MyApp.Accounts"), component.Id);
        Assert.Equal(("Accounts", "context"), (component.Name, component.Type));
        Assert.Equal(1, await CountAsync("architecture_components", scenario.ProjectId));
    }

    [Fact]
    public async Task CreateComponent_WithInvalidFields_NamesEachField()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.CreateComponentAsync(scenario.Owner, new ComponentDefinition("", "my_app.accounts", "model", null, 0)));

        Assert.Equal(["name", "module_name", "type"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task CreateComponent_WithATakenModuleName_IsAConflict()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        await scenario.CreateAsync("MyApp.Accounts");

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.CreateAsync("MyApp.Accounts"));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Graph_AfterDeactivation_IsReadBackFromItsRows()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var web = await scenario.CreateAsync("MyAppWeb.UserLive", "liveview");
        var accounts = await scenario.CreateAsync("MyApp.Accounts");
        var repo = await scenario.CreateAsync("MyApp.Repo", "repository");
        await scenario.DependAsync(web, accounts);
        await scenario.DependAsync(accounts, repo);
        await scenario.Architecture.LinkSimilarAsync(scenario.Owner, accounts.Id, repo.Id);
        await scenario.Architecture.SetParentAsync(scenario.Owner, repo.Id, accounts.Id);
        var before = await scenario.Architecture.GetAsync(scenario.Owner);

        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var after = await scenario.Architecture.GetAsync(scenario.Owner);

        Assert.Equal(7, after.Version);
        Assert.Equal(Flat(before), Flat(after));
        Assert.Equal(before.Dependencies.ToArray(), after.Dependencies.ToArray());
        Assert.Equal([repo.Id], after.Components.Single(c => c.Id == accounts.Id).SimilarTo.ToArray());
        Assert.Equal(accounts.Id, after.Components.Single(c => c.Id == repo.Id).ParentComponentId);
    }

    [Fact]
    public async Task AddDependency_ClosingACycle_IsRefusedWithThePathAndWritesNothing()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var (a, b, c) = (await scenario.CreateAsync("A"), await scenario.CreateAsync("B"), await scenario.CreateAsync("C"));
        await scenario.DependAsync(a, b);
        await scenario.DependAsync(b, c);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.DependAsync(c, a));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("C → A → B → C", error.Message);
        Assert.Equal(2, await CountAsync("architecture_dependencies", scenario.ProjectId));
    }

    [Fact]
    public async Task AddDependency_OnItselfOrTwice_IsRefused()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var (a, b) = (await scenario.CreateAsync("A"), await scenario.CreateAsync("B"));
        await scenario.DependAsync(a, b);

        Assert.Equal(DomainErrorKind.Validation, (await Assert.ThrowsAsync<DomainException>(() => scenario.DependAsync(a, a))).Kind);
        Assert.Equal(DomainErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(() => scenario.DependAsync(a, b))).Kind);
    }

    [Fact]
    public async Task OtherTenant_CannotReadOrWrite_AndLearnsNothing()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        await scenario.CreateAsync("MyApp.Accounts");
        var stranger = Scope.ForPerson(Guid.NewGuid(), Guid.NewGuid());

        var read = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.GetAsync(stranger));
        var write = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.CreateComponentAsync(stranger, ArchitectureScenario.Definition("MyApp.Evil")));

        Assert.Equal((DomainErrorKind.NotFound, DomainErrorKind.NotFound), (read.Kind, write.Kind));
        Assert.Equal(1, await CountAsync("architecture_components", scenario.ProjectId));
    }

    [Fact]
    public async Task AnyMethod_OnAProjectThatDoesNotExist_IsNotFound()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IArchitectureGrain>(Guid.NewGuid()).GetAsync(scenario.Owner));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    private static string[] Flat(ArchitectureSnapshot snapshot) =>
        [.. snapshot.Components.Select(c => $"{c.Id} {c.Name} {c.ModuleName} {c.Type} {c.Description} {c.Priority} {c.ParentComponentId} [{string.Join(",", c.DependsOn)}] [{string.Join(",", c.SimilarTo)}]")];

    private async Task<long> CountAsync(string table, Guid projectId)
    {
        await using var command = fixture.Database.CreateCommand($"SELECT count(*) FROM {table} WHERE project_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = projectId });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
