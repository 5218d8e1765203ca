using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Accounts;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Projects;

public sealed partial class ProjectGrainTests
{
    [Fact]
    public async Task Get_ByAnAgentTheProjectNeverGranted_IsForbidden()
    {
        var (scenario, projectId) = await CreateProjectAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IProjectGrain>(projectId)
            .GetAsync(Scope.ForAgent("agent-unknown", scenario.AccountId, projectId)));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Get_ByAGrantedAgentBoundToTheProject_ReturnsIt()
    {
        var (scenario, projectId) = await CreateProjectAsync();
        var project = Grains.GetGrain<IProjectGrain>(projectId);
        await project.GrantAgentAsync(scenario.Owner, "agent-1");

        var seen = await project.GetAsync(Scope.ForAgent("agent-1", scenario.AccountId, projectId));

        Assert.Equal(projectId, seen.Id);
    }

    [Fact]
    public async Task Get_ByAGrantedAgentWhoseTokenNamesAnotherProject_IsForbidden()
    {
        var (scenario, projectId) = await CreateProjectAsync();
        var project = Grains.GetGrain<IProjectGrain>(projectId);
        await project.GrantAgentAsync(scenario.Owner, "agent-1");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            project.GetAsync(Scope.ForAgent("agent-1", scenario.AccountId, Guid.NewGuid())));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Update_ByAGrantedAgent_IsForbidden()
    {
        var (scenario, projectId) = await CreateProjectAsync();
        var project = Grains.GetGrain<IProjectGrain>(projectId);
        await project.GrantAgentAsync(scenario.Owner, "agent-1");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            project.UpdateAsync(Scope.ForAgent("agent-1", scenario.AccountId, projectId), Shop with { Name = "Hijacked" }));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        Assert.Equal("Shop", (await project.GetAsync(scenario.Owner)).Definition.Name);
    }

    [Fact]
    public async Task RevokeAgent_StopsTheAgentAtOnce()
    {
        var (scenario, projectId) = await CreateProjectAsync();
        var project = Grains.GetGrain<IProjectGrain>(projectId);
        await project.GrantAgentAsync(scenario.Owner, "agent-1");

        await project.RevokeAgentAsync(scenario.Owner, "agent-1");

        await Assert.ThrowsAsync<DomainException>(() => project.GetAsync(Scope.ForAgent("agent-1", scenario.AccountId, projectId)));
    }

    private async Task<(AccountScenario Scenario, Guid ProjectId)> CreateProjectAsync()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var projectId = Guid.NewGuid();
        await Grains.GetGrain<IProjectGrain>(projectId).CreateAsync(scenario.Owner, Shop);
        return (scenario, projectId);
    }

    [Fact]
    public async Task Authorize_GrantedAgent_MayReadAndWriteContentButNeverManage()
    {
        var (scenario, projectId) = await CreateProjectAsync();
        var project = Grains.GetGrain<IProjectGrain>(projectId);
        await project.GrantAgentAsync(scenario.Owner, "agent-1");
        var agent = Scope.ForAgent("agent-1", scenario.AccountId, projectId);

        await project.AuthorizeAsync(agent, ProjectAccess.Read);
        await project.AuthorizeAsync(agent, ProjectAccess.Write);
        var error = await Assert.ThrowsAsync<DomainException>(() => project.AuthorizeAsync(agent, ProjectAccess.Manage));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Authorize_PersonOfAnotherAccount_IsNotFoundForAnyAccess()
    {
        var (_, projectId) = await CreateProjectAsync();
        var stranger = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<IProjectGrain>(projectId).AuthorizeAsync(stranger.Owner, ProjectAccess.Read));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }
}
