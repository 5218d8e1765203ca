using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Projects;

namespace CodeMySpec.Grains.Tests.Stories;

/// <summary>Stories remember the project's answer for an agent; every change that refuses a caller still applies at once.</summary>
public sealed partial class StoryGrainTests
{
    [Fact]
    public async Task Get_ByAnAgentWhoseGrantWasJustRevoked_IsForbidden()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");
        await scenario.Story(story.Id).GetAsync(scenario.Agent);
        await scenario.Story(story.Id).GetAsync(scenario.Agent);

        await Grains.GetGrain<IProjectGrain>(scenario.ProjectId).RevokeAgentAsync(scenario.Account.Owner, scenario.AgentId);
        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(story.Id).GetAsync(scenario.Agent));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        Assert.Equal("Checkout", (await scenario.Story(story.Id).GetAsync(scenario.Owner)).Title);
    }

    [Fact]
    public async Task Get_ByAnAgentRevokedAndGrantedAgain_ReadsTheStory()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");
        var project = Grains.GetGrain<IProjectGrain>(scenario.ProjectId);
        await scenario.Story(story.Id).GetAsync(scenario.Agent);
        await project.RevokeAgentAsync(scenario.Account.Owner, scenario.AgentId);
        await Assert.ThrowsAsync<DomainException>(() => scenario.Story(story.Id).GetAsync(scenario.Agent));

        await project.GrantAgentAsync(scenario.Account.Owner, scenario.AgentId);

        Assert.Equal("Checkout", (await scenario.Story(story.Id).GetAsync(scenario.Agent)).Title);
    }

    [Fact]
    public async Task Get_ByAnAgentAfterTheProjectWasDeleted_SaysNotFound()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");
        await scenario.Story(story.Id).GetAsync(scenario.Agent);

        await Grains.GetGrain<IProjectGrain>(scenario.ProjectId).DeleteAsync(scenario.Account.Owner);
        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Story(story.Id).GetAsync(scenario.Agent));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Get_ByAMemberJustRemovedFromTheAccount_IsRefused()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");
        var memberId = await scenario.Account.AddAsync(MemberRole.Member);
        var member = scenario.Account.Person(memberId) with { ProjectId = scenario.ProjectId };
        await scenario.Story(story.Id).GetAsync(member);

        await scenario.Account.Account.RemoveMemberAsync(scenario.Account.Owner, memberId);

        await Assert.ThrowsAsync<DomainException>(() => scenario.Story(story.Id).GetAsync(member));
    }

    [Fact]
    public async Task Get_ByAnotherAgentOfTheAccount_IsForbiddenAlthoughTheGrantedAgentWasAnswered()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var story = await scenario.CreateStoryAsync("Checkout");
        await scenario.Story(story.Id).GetAsync(scenario.Agent);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Story(story.Id).GetAsync(scenario.Agent with { Actor = Security.Actor.Agent("agent-never-granted") }));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task ListTitles_ByAnAgentWhoseGrantWasJustRevoked_IsForbidden()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        await scenario.CreateStoryAsync("Checkout");
        Assert.Equal("Checkout", Assert.Single(await scenario.Index.TitlesAsync(scenario.Agent)));

        await Grains.GetGrain<IProjectGrain>(scenario.ProjectId).RevokeAgentAsync(scenario.Account.Owner, scenario.AgentId);
        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Index.TitlesAsync(scenario.Agent));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }
}
