using System.Net;
using System.Net.Http.Json;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Architecture;

[Collection(ServiceCollection.Name)]
public sealed class ArchitectureApiTests(ServiceFixture service)
{
    [Fact]
    public async Task Batch_ThenAnalyses_ShowTheGraphLayeredWithPathsAndOrder()
    {
        var (owner, projectId) = await ProjectAsync();
        var created = await owner.Http.PostJsonAsync(Url(projectId, "/components/batch"), new
        {
            components = new object[]
            {
                new { name = "User live", module_name = "MyAppWeb.UserLive", type = "liveview", depends_on = new[] { "MyApp.Accounts" } },
                new { name = "Accounts", module_name = "MyApp.Accounts", type = "context", depends_on = new[] { "MyApp.Repo" } },
                new { name = "Repo", module_name = "MyApp.Repo", type = "repository" },
            },
        }, HttpStatusCode.Created);
        var repoId = created[2].GetGuid("id");

        var view = await owner.Http.GetJsonAsync(Url(projectId, "/view"));
        var order = await owner.Http.GetJsonAsync(Url(projectId, "/dependency-order"));
        var impact = await owner.Http.GetJsonAsync(Url(projectId, $"/components/{repoId}/impact"));
        var health = await owner.Http.GetJsonAsync(Url(projectId, "/health"));

        Assert.Equal([0, 1, 2], view.EnumerateArray().Select(l => l.GetProperty("depth").GetInt32()));
        Assert.Equal(["MyApp.Repo", "MyApp.Accounts", "MyAppWeb.UserLive"], order.EnumerateArray().Select(c => c.GetProperty("module_name").GetString()));
        Assert.Equal(2, impact.GetProperty("dependents").GetArrayLength());
        Assert.Equal("docs/spec/my_app/repo.spec.md", impact.GetProperty("files")[0].GetProperty("spec_file").GetString());
        Assert.Equal(("excellent", 100), (health.GetProperty("level").GetString(), health.GetProperty("overall_score").GetInt32()));
    }

    [Fact]
    public async Task Analyses_SeeTheProjectsStoriesAndTheirComponents()
    {
        var (owner, projectId) = await ProjectAsync();
        var created = await owner.Http.PostJsonAsync(Url(projectId, "/components/batch"), new
        {
            components = new object[]
            {
                new { name = "Accounts", module_name = "MyApp.Accounts", type = "context", depends_on = new[] { "MyApp.Repo" } },
                new { name = "Repo", module_name = "MyApp.Repo", type = "repository" },
            },
        }, HttpStatusCode.Created);
        var (accountsId, repoId) = (created[0].GetGuid("id"), created[1].GetGuid("id"));
        var linked = await NewStoryAsync(owner, projectId, "Sign up");
        await NewStoryAsync(owner, projectId, "Unplanned idea");
        await owner.Http.PutAsJsonAsync($"/api/projects/{projectId}/stories/{linked}/component", new { component_id = accountsId });

        var health = await owner.Http.GetJsonAsync(Url(projectId, "/health"));
        var impact = await owner.Http.GetJsonAsync(Url(projectId, $"/components/{repoId}/impact"));

        Assert.Equal((2, 1), (health.GetProperty("stories").GetInt32(), health.GetProperty("orphaned_stories").GetInt32()));
        Assert.Equal(["Sign up"], impact.GetProperty("affected_stories").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var storyImpact = await owner.Http.GetJsonAsync(Url(projectId, $"/stories/{linked}/impact"));
        Assert.Equal(accountsId, storyImpact.GetGuid("component_id"));
        var unlinked = await NewStoryAsync(owner, projectId, "Later");
        await owner.Http.GetJsonAsync(Url(projectId, $"/stories/{unlinked}/impact"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AddDependency_ClosingACycle_Is409WithTheCyclesPath()
    {
        var (owner, projectId) = await ProjectAsync();
        var ids = new List<Guid>();
        foreach (var module in new[] { "A", "B", "C" })
        {
            ids.Add((await owner.Http.PostJsonAsync(Url(projectId, "/components"), new { name = module, module_name = module, type = "service" }, HttpStatusCode.Created)).GetGuid("id"));
        }

        await owner.Http.PostJsonAsync(Url(projectId, "/dependencies"), new { source_component_id = ids[0], target_component_id = ids[1] }, HttpStatusCode.Created);
        await owner.Http.PostJsonAsync(Url(projectId, "/dependencies"), new { source_component_id = ids[1], target_component_id = ids[2] }, HttpStatusCode.Created);
        var refused = await owner.Http.PostJsonAsync(Url(projectId, "/dependencies"), new { source_component_id = ids[2], target_component_id = ids[0] }, HttpStatusCode.Conflict);

        Assert.Contains("C → A → B → C", refused.GetProperty("detail").GetString());
        Assert.True((await owner.Http.GetJsonAsync(Url(projectId, "/validate"))).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Batch_WithAnUnknownDependency_Is400NamingTheItemAndCreatesNothing()
    {
        var (owner, projectId) = await ProjectAsync();

        var problem = await owner.Http.PostJsonAsync(Url(projectId, "/components/batch"), new
        {
            components = new object[]
            {
                new { name = "Accounts", module_name = "MyApp.Accounts", type = "context" },
                new { name = "Billing", module_name = "MyApp.Billing", type = "context", depends_on = new[] { "MyApp.Nowhere" } },
            },
        }, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("components[1].depends_on[0]", out _));
        Assert.Equal(0, (await owner.Http.GetJsonAsync(Url(projectId, "/components"))).GetArrayLength());
    }

    [Fact]
    public async Task AgentWithReadOnlyToken_ReadsButCannotWrite()
    {
        var (owner, projectId) = await ProjectAsync();
        var (clientId, secret) = await owner.CreateAgentClientAsync(projectId, ["projects:read"]);
        var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));

        using var read = await agent.GetAsync(Url(projectId, "/components"));
        using var write = await agent.PostAsJsonAsync(Url(projectId, "/components"), new { name = "A", module_name = "A", type = "service" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (read.StatusCode, write.StatusCode));
    }

    private async Task<(Person Owner, Guid ProjectId)> ProjectAsync()
    {
        var owner = await service.RegisterAsync();
        return (owner, await owner.CreateProjectAsync(await owner.CreateTeamAsync()));
    }

    private static string Url(Guid projectId, string path) => $"/api/projects/{projectId}/architecture{path}";

    private static async Task<Guid> NewStoryAsync(Person owner, Guid projectId, string title) =>
        (await owner.Http.PostJsonAsync($"/api/projects/{projectId}/stories",
            new { title, description = "As a shopper I want it.", criteria = new[] { "It works." } }, HttpStatusCode.Created)).GetGuid("id");
}
