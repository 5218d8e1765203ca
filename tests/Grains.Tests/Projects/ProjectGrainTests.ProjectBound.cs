using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Projects;

public sealed partial class ProjectGrainTests
{
    [Fact]
    public async Task Get_WithTheOwnersScopeBoundToTheProject_ReturnsIt()
    {
        var (scenario, projectId) = await CreateProjectAsync();

        var project = await Grains.GetGrain<IProjectGrain>(projectId)
            .GetAsync(Scope.ForPerson(scenario.OwnerId, scenario.AccountId, projectId));

        Assert.Equal(projectId, project.Id);
    }

    [Theory]
    [InlineData("update")]
    [InlineData("grant-agent")]
    [InlineData("revoke-agent")]
    [InlineData("delete")]
    public async Task ManagingCalls_WithTheOwnersScopeBoundToTheProject_AreForbiddenAndChangeNothing(string call)
    {
        var (scenario, projectId) = await CreateProjectAsync();
        var project = Grains.GetGrain<IProjectGrain>(projectId);
        await project.GrantAgentAsync(scenario.Owner, "agent-1");
        var bound = Scope.ForPerson(scenario.OwnerId, scenario.AccountId, projectId);
        Func<Task> act = call switch
        {
            "update" => () => project.UpdateAsync(bound, Shop with { Name = "Hijacked" }),
            "grant-agent" => () => project.GrantAgentAsync(bound, "agent-2"),
            "revoke-agent" => () => project.RevokeAgentAsync(bound, "agent-1"),
            _ => () => project.DeleteAsync(bound),
        };

        var error = await Assert.ThrowsAsync<DomainException>(act);

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        Assert.Contains("cannot manage the account; sign in as a person", error.Message, StringComparison.Ordinal);
        var unchanged = await project.GetAsync(scenario.Owner);
        Assert.Equal("Shop", unchanged.Definition.Name);
        Assert.Equal(["agent-1"], unchanged.AgentClientIds.AsEnumerable());
        Assert.Contains(projectId, (await scenario.Account.GetAsync(scenario.Owner)).ProjectIds);
    }
}
