using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Accounts;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Projects;

[Collection(ClusterCollection.Name)]
public sealed partial class ProjectGrainTests(ClusterFixture fixture)
{
    private static readonly ProjectDefinition Shop =
        new("Shop", "An online shop for a bakery.", "Shop", "https://github.com/acme/shop", "git@github.com:acme/shop-docs.git");

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Create_ByAnAdmin_StoresTheProjectAndListsItOnTheAccount()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var adminId = await scenario.AddAsync(MemberRole.Admin);
        var projectId = Guid.NewGuid();

        var project = await Grains.GetGrain<IProjectGrain>(projectId).CreateAsync(scenario.Person(adminId), Shop with { Name = " Shop " });

        Assert.Equal((projectId, scenario.AccountId, "Shop"), (project.Id, project.AccountId, project.Definition.Name));
        Assert.Equal("phoenix", project.Definition.StackProfile);
        Assert.Contains(projectId, (await scenario.Account.GetAsync(scenario.Owner)).ProjectIds);
        var row = await GrainStateRows.ReadAsync(fixture.Database, "project", projectId);
        Assert.Equal("Shop", row!.Value.GetProperty("definition").GetProperty("module_name").GetString());
    }

    [Fact]
    public async Task Create_ByAPlainMember_IsForbiddenAndWritesNothing()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);
        var projectId = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<IProjectGrain>(projectId).CreateAsync(scenario.Person(memberId), Shop));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        Assert.Equal(0, await GrainStateRows.CountAsync(fixture.Database, "project", projectId));
    }

    [Fact]
    public async Task Create_WithInvalidFields_NamesEachFieldAndWritesNothing()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var projectId = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IProjectGrain>(projectId)
            .CreateAsync(scenario.Owner, new ProjectDefinition("", null, "my_app", "ftp://x", "not a url", "rails")));

        Assert.Equal(["name", "module_name", "code_repo", "docs_repo", "stack_profile"], error.Errors.Select(e => e.Field));
        Assert.Equal(0, await GrainStateRows.CountAsync(fixture.Database, "project", projectId));
        Assert.Empty((await scenario.Account.GetAsync(scenario.Owner)).ProjectIds);
    }

    [Fact]
    public async Task Create_RetriedWithTheSameInput_ReturnsTheSameProjectOnce()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var project = Grains.GetGrain<IProjectGrain>(Guid.NewGuid());
        await project.CreateAsync(scenario.Owner, Shop);

        await project.CreateAsync(scenario.Owner, Shop);

        Assert.Single((await scenario.Account.GetAsync(scenario.Owner)).ProjectIds);
    }

    [Fact]
    public async Task Get_WithTheScopeOfAnotherAccount_SaysNotFoundAndRevealsNothing()
    {
        var owner = await AccountScenario.CreateAsync(Grains);
        var stranger = await AccountScenario.CreateAsync(Grains);
        var projectId = Guid.NewGuid();
        await Grains.GetGrain<IProjectGrain>(projectId).CreateAsync(owner.Owner, Shop);

        var error = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IProjectGrain>(projectId).GetAsync(stranger.Owner));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
        Assert.DoesNotContain("Shop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ByANonMemberClaimingTheOwningAccount_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var projectId = Guid.NewGuid();
        await Grains.GetGrain<IProjectGrain>(projectId).CreateAsync(scenario.Owner, Shop);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<IProjectGrain>(projectId).GetAsync(scenario.Person(Guid.NewGuid())));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Update_ByTheOwner_ReplacesTheSettings()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var project = Grains.GetGrain<IProjectGrain>(Guid.NewGuid());
        await project.CreateAsync(scenario.Owner, Shop);
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var updated = await project.UpdateAsync(scenario.Owner, Shop with { Description = "A shop for two bakeries." });

        Assert.Equal("A shop for two bakeries.", updated.Definition.Description);
        Assert.True(updated.UpdatedAt > updated.CreatedAt);
        Assert.Equal("A shop for two bakeries.", (await project.GetAsync(scenario.Owner)).Definition.Description);
    }

    [Fact]
    public async Task Delete_ByTheOwner_RemovesTheProjectAndItsListing()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var project = Grains.GetGrain<IProjectGrain>(Guid.NewGuid());
        await project.CreateAsync(scenario.Owner, Shop);

        await project.DeleteAsync(scenario.Owner);

        var error = await Assert.ThrowsAsync<DomainException>(() => project.GetAsync(scenario.Owner));
        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
        Assert.Empty((await scenario.Account.GetAsync(scenario.Owner)).ProjectIds);
        await scenario.Account.DeleteAsync(scenario.Owner);
    }

    [Fact]
    public async Task Locate_ByAMemberOfTheOwningAccount_GivesTheAccount()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);
        var projectId = Guid.NewGuid();
        await Grains.GetGrain<IProjectGrain>(projectId).CreateAsync(scenario.Owner, Shop);

        Assert.Equal(scenario.AccountId, await Grains.GetGrain<IProjectGrain>(projectId).LocateAsync(Actor.Person(memberId)));
    }

    [Fact]
    public async Task Locate_ByAStranger_IsNotFound()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var projectId = Guid.NewGuid();
        await Grains.GetGrain<IProjectGrain>(projectId).CreateAsync(scenario.Owner, Shop);

        var error = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IProjectGrain>(projectId).LocateAsync(Actor.Person(Guid.NewGuid())));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }
}
