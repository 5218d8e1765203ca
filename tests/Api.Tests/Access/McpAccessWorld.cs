using System.Net;
using System.Net.Http.Json;
using CodeMySpec.Api.Tests.Fixtures;
using CodeMySpec.Api.Tests.Mcp;

namespace CodeMySpec.Api.Tests.Access;

/// <summary>
/// The access world for MCP tools: a project with its agents and a member's token, another tenant's agent, and a
/// setup connection that builds fresh targets for each row.
/// </summary>
public sealed class McpAccessWorld
{
    private int _counter;

    private McpAccessWorld(AccessWorld world) => World = world;

    public AccessWorld World { get; }

    public Guid ProjectId => World.ProjectId;

    public AgentConnection Setup { get; private set; } = null!;

    public Dictionary<McpActor, string> Tokens { get; } = [];

    public string SpecModule { get; private set; } = "";

    public static async Task<McpAccessWorld> CreateAsync(ServiceFixture service)
    {
        var world = new McpAccessWorld(await AccessWorld.CreateAsync(service));
        var owner = world.World.Owner;
        var (agentId, agentSecret) = await owner.CreateAgentClientAsync(world.ProjectId);
        var (readerId, readerSecret) = await owner.CreateAgentClientAsync(world.ProjectId, ["projects:read"]);
        world.Tokens[McpActor.OwnAgent] = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), agentId, agentSecret);
        world.Tokens[McpActor.ReadOnlyAgent] = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), readerId, readerSecret);
        world.Tokens[McpActor.MemberToken] = await MemberTokenAsync(service, world.World.People[Actor.Member], world.ProjectId);

        var outsider = world.World.People[Actor.Outsider];
        var foreignProject = await outsider.CreateProjectAsync(await outsider.CreateTeamAsync(), "Foreign");
        var (foreignId, foreignSecret) = await outsider.CreateAgentClientAsync(foreignProject);
        world.Tokens[McpActor.ForeignAgent] = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), foreignId, foreignSecret);

        world.Setup = await AgentConnection.ConnectAsync(service, world.ProjectId, world.Tokens[McpActor.OwnAgent]);
        world.SpecModule = await world.ComponentWithSpecAsync();
        return world;
    }

    public string Unique(string prefix) => $"{prefix} {Interlocked.Increment(ref _counter)} {Guid.NewGuid():N}"[..Math.Min(prefix.Length + 12, 60)];

    public string UniqueModule() => $"Shop.M{Interlocked.Increment(ref _counter)}x{Guid.NewGuid():N}"[..20];

    public async Task<Guid> StoryAsync() =>
        (await Setup.CallAsync("create_story", new { title = Unique("Story"), description = "As a shopper I pay.", acceptance_criteria = new[] { "It works" } })).GetProperty("id").GetGuid();

    public async Task<(Guid Story, Guid Criterion)> StoryWithCriterionAsync()
    {
        var story = await Setup.CallAsync("create_story", new { title = Unique("Story"), description = "As a shopper I pay.", acceptance_criteria = new[] { "It works" } });
        return (story.GetProperty("id").GetGuid(), story.GetProperty("criteria")[0].GetProperty("id").GetGuid());
    }

    public async Task<Guid> ComponentAsync(string type = "context") =>
        (await Setup.CallAsync("create_component", new { name = "C", type, module_name = UniqueModule() })).GetProperty("id").GetGuid();

    public async Task<Guid> SessionAsync() =>
        (await Setup.CallAsync("start_session", new { type = "context_spec", component_id = await ComponentAsync() })).GetProperty("id").GetGuid();

    /// <summary>A claim the setup agent holds, on the next actionable component (a fresh one keeps the pool from running dry).</summary>
    public async Task<Guid> ClaimAsync()
    {
        await ComponentAsync();
        return (await Setup.CallAsync("claim_next_action")).GetProperty("claim").GetProperty("claim_id").GetGuid();
    }

    public async Task<(Guid Session, Guid Interaction)> InteractionAsync()
    {
        var session = await SessionAsync();
        var next = await Setup.CallAsync("get_next_command", new { session_id = session });
        return (session, next.GetProperty("interaction").GetProperty("id").GetGuid());
    }

    public async Task<(Guid Source, Guid Target)> DependencyAsync()
    {
        var (source, target) = (await ComponentAsync(), await ComponentAsync());
        await Setup.CallAsync("create_dependency", new { source_component_id = source, target_component_id = target });
        return (source, target);
    }

    public async Task<(Guid A, Guid B)> SimilarAsync()
    {
        var (a, b) = (await ComponentAsync(), await ComponentAsync());
        await Setup.CallAsync("add_similar_component", new { component_id = a, similar_component_id = b });
        return (a, b);
    }

    private async Task<string> ComponentWithSpecAsync()
    {
        var module = UniqueModule();
        var id = (await Setup.CallAsync("create_component", new { name = "Spec", type = "schema", module_name = module })).GetProperty("id").GetGuid();
        var content = $"# {module}\n\n## Fields\n\n| Field | Type | Required | Description | Constraints |\n|-------|------|----------|-------------|-------------|\n| name | string | Yes | The name | None |\n";
        using var response = await World.Owner.Http.PutAsJsonAsync($"/api/projects/{ProjectId}/components/{id}/spec", new { content });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return module;
    }

    private static async Task<string> MemberTokenAsync(ServiceFixture service, Person member, Guid projectId)
    {
        var anonymous = service.Anonymous();
        var clientId = await BrowserFlow.RegisterPublicClientAsync(anonymous);
        var (verifier, challenge) = BrowserFlow.NewPkce();
        var resource = new Uri(service.BaseUrl, $"mcp/projects/{projectId}").AbsoluteUri;
        var code = await BrowserFlow.ConsentAsync(member.Http, BrowserFlow.AuthorizeUrl(clientId, challenge, resource), projectId);
        return (await BrowserFlow.RedeemAsync(anonymous, clientId, code, verifier)).GetProperty("access_token").GetString()!;
    }
}
