using CodeMySpec.Interop.Tests.Fixtures;
using static CodeMySpec.Interop.Tests.Fixtures.McpClient;

namespace CodeMySpec.Interop.Tests.SdkClient;

/// <summary>
/// A headless agent on the TypeScript SDK: it finds the token endpoint from the endpoint's metadata, gets a
/// client-credentials token for the agent client a person created, and connects with it.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class ClientCredentialsTests(InteropService service)
{
    private static readonly string[] WriteTools = ["create_story", "update_story", "delete_story", "add_criterion", "create_component", "create_dependency"];

    [Fact]
    public async Task AgentClient_ConnectsWithItsToken_AndWritesAndReadsStories()
    {
        var (person, projectId) = await ProjectAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);

        var report = await RunAsync(service.ProjectUrl(projectId), ClientCredentials(clientId, secret),
            ListTools(),
            Call("create_story", new { title = "Browse the catalog", description = "As a customer I want to browse cakes.", acceptance_criteria = new[] { "Cakes are listed by name" } }),
            Call("add_criterion", new { story_id = "{{1.structuredContent.id}}", description = "Prices are shown in euros" }),
            Call("list_stories", new { search = "catalog" }),
            Call("list_components", new { }));

        Assert.Equal(service.ProjectUrl(projectId).AbsoluteUri, report.Auth.GetProperty("resourceMetadata").GetProperty("resource").GetString());
        Assert.Superset(WriteTools.ToHashSet(), report.ToolNames(0).ToHashSet());
        var story = report.Success(2);
        Assert.Equal(["Cakes are listed by name", "Prices are shown in euros"],
            story.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("description").GetString()));
        Assert.Contains("Browse the catalog", report.Result(3).ToString(), StringComparison.Ordinal);
        report.Success(4);
    }

    [Fact]
    public async Task AgentClient_WithoutWriteScope_IsOfferedNoWriteTools()
    {
        var (person, projectId) = await ProjectAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId, ["projects:read"]);

        var report = await RunAsync(service.ProjectUrl(projectId), ClientCredentials(clientId, secret),
            ListTools(),
            Call("create_story", new { title = "Sneaky", description = "Should not be written." }));

        var tools = report.ToolNames(0);
        Assert.Contains("list_stories", tools);
        Assert.Contains("show_architecture", tools);
        Assert.Empty(tools.Intersect(WriteTools));
        Assert.Contains("projects:write", report.ToolError(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentToken_IsRefusedOnAnotherProject()
    {
        var person = await service.RegisterAsync();
        var team = await person.CreateTeamAsync();
        var projectId = await person.CreateProjectAsync(team, "Shop");
        var other = await person.CreateProjectAsync(team, "Blog");
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);

        var report = await RunAsync(service.ProjectUrl(other), ClientCredentials(clientId, secret), ListTools());

        Assert.False(report.Connected, report.ToString());
        Assert.Equal(401, report.ConnectStatus);
    }

    [Fact]
    public async Task ChosenToolsets_AreTheOnlyToolsListed()
    {
        var (person, projectId) = await ProjectAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);

        var report = await RunAsync(service.ProjectUrl(projectId, toolsets: "stories"), ClientCredentials(clientId, secret), ListTools());

        var tools = report.ToolNames(0);
        Assert.Contains("create_story", tools);
        Assert.DoesNotContain("create_component", tools);
        Assert.DoesNotContain("list_specs", tools);
    }

    private async Task<(Api.Tests.Fixtures.Person Person, Guid ProjectId)> ProjectAsync()
    {
        var person = await service.RegisterAsync();
        return (person, await person.CreateProjectAsync(await person.CreateTeamAsync()));
    }
}
