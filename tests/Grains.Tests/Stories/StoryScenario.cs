using CodeMySpec.Grains.Tests.Accounts;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using CodeMySpec.Stories;

namespace CodeMySpec.Grains.Tests.Stories;

/// <summary>A fresh account with one project and a granted agent client, for one story test.</summary>
public sealed record StoryScenario(AccountScenario Account, Guid ProjectId, string AgentId)
{
    public IGrainFactory Grains => Account.Grains;

    /// <summary>The owner, working on the project.</summary>
    public Scope Owner => Account.Owner with { ProjectId = ProjectId };

    /// <summary>The project's own agent client.</summary>
    public Scope Agent => Scope.ForAgent(AgentId, Account.AccountId, ProjectId);

    public IStoryIndexGrain Index => Grains.GetGrain<IStoryIndexGrain>(ProjectId);

    public static async Task<StoryScenario> CreateAsync(IGrainFactory grains)
    {
        var account = await AccountScenario.CreateAsync(grains);
        var projectId = Guid.NewGuid();
        var project = grains.GetGrain<IProjectGrain>(projectId);
        await project.CreateAsync(account.Owner, new ProjectDefinition("Shop", "An online shop.", "Shop", null, null));
        var agentId = "agent-" + Guid.NewGuid().ToString("N")[..10];
        await project.GrantAgentAsync(account.Owner, agentId);
        return new StoryScenario(account, projectId, agentId);
    }

    public static StoryDraft Draft(string title, params string[] criteria) =>
        new(title, $"As a shopper I want {title.ToLowerInvariant()}.", [.. criteria]);

    /// <summary>Creates a story as the owner.</summary>
    public Task<StoryDetails> CreateStoryAsync(string title, params string[] criteria) => CreateStoryAsync(Owner, Draft(title, criteria));

    public Task<StoryDetails> CreateStoryAsync(Scope scope, StoryDraft draft) => Grains.GetGrain<IStoryGrain>(Guid.NewGuid()).CreateAsync(scope, draft);

    public IStoryGrain Story(Guid storyId) => Grains.GetGrain<IStoryGrain>(storyId);
}
