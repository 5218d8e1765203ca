using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Stories;

[Collection(ServiceCollection.Name)]
public sealed class StoryApiTests(ServiceFixture service)
{
    private const string File = """
        # Shop

        ## Checkout
        As a shopper
        I want to **pay**.

        - not a criterion, part of the description

        **Acceptance Criteria**
        - Pays by card
        - Gets a receipt ✓

        ## Refunds
        A shopper gets money back — 日本語.

        **Acceptance Criteria**

        """;

    [Fact]
    public async Task Create_ThenGetListSearchAndTitles_ShowTheStory()
    {
        var (owner, projectId) = await ProjectAsync();
        var stories = $"/api/projects/{projectId}/stories";
        var created = await owner.Http.PostJsonAsync(stories,
            new { title = "Checkout", description = "As a shopper I want to pay.", criteria = new[] { "Pays by card" }, priority = 3 }, HttpStatusCode.Created);
        await owner.Http.PostJsonAsync(stories, new { title = "Refunds", description = "Money back." }, HttpStatusCode.Created);

        var story = await owner.Http.GetJsonAsync($"{stories}/{created.GetGuid("id")}");
        var page = await owner.Http.GetJsonAsync($"{stories}?search=SHOPPER&limit=1");
        var all = await owner.Http.GetJsonAsync($"{stories}?limit=1&offset=1");
        var titles = await owner.Http.GetJsonAsync($"{stories}/titles");

        Assert.Equal(("Checkout", "in_progress", 3), (story.GetProperty("title").GetString(), story.GetProperty("status").GetString(), story.GetProperty("priority").GetInt32()));
        Assert.False(story.GetProperty("criteria")[0].GetProperty("verified").GetBoolean());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal("Checkout", page.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal((2, "Refunds"), (all.GetProperty("total").GetInt32(), all.GetProperty("items")[0].GetProperty("title").GetString()));
        Assert.Equal(["Checkout", "Refunds"], titles.EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Create_WithADuplicateTitleOrMissingFields_AnswersProblemDetails()
    {
        var (owner, projectId) = await ProjectAsync();
        var stories = $"/api/projects/{projectId}/stories";
        await owner.Http.PostJsonAsync(stories, new { title = "Checkout", description = "Pay." }, HttpStatusCode.Created);

        await owner.Http.PostJsonAsync(stories, new { title = "checkout", description = "Again." }, HttpStatusCode.Conflict);
        var invalid = await owner.Http.PostJsonAsync(stories, new { title = "", description = "" }, HttpStatusCode.BadRequest);

        Assert.True(invalid.GetProperty("errors").TryGetProperty("title", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("description", out _));
    }

    [Fact]
    public async Task Import_ThenExport_GivesTheFileBackAsMarkdown()
    {
        var (owner, projectId) = await ProjectAsync();

        var imported = await owner.Http.PostJsonAsync($"/api/projects/{projectId}/stories/import", new { markdown = File }, HttpStatusCode.Created);
        using var export = await owner.Http.GetAsync($"/api/projects/{projectId}/stories/export");

        Assert.Equal(2, imported.GetProperty("created").GetArrayLength());
        Assert.Equal("text/markdown", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File, await export.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_OfTheFileItselfAsMarkdown_CreatesItsStories()
    {
        var (owner, projectId) = await ProjectAsync();

        using var response = await owner.Http.PostAsync($"/api/projects/{projectId}/stories/import",
            new StringContent(File, System.Text.Encoding.UTF8, "text/markdown"));
        var imported = await response.ReadAsync(HttpStatusCode.Created);
        var unsupported = await owner.Http.PostAsync($"/api/projects/{projectId}/stories/import",
            new StringContent(File, System.Text.Encoding.UTF8, "application/xml"));

        Assert.Equal(2, imported.GetProperty("created").GetArrayLength());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
    }

    [Fact]
    public async Task Import_WithABadLineOrAnExistingTitle_RefusesTheWholeFile()
    {
        var (owner, projectId) = await ProjectAsync();
        var import = $"/api/projects/{projectId}/stories/import";
        await owner.Http.PostJsonAsync($"/api/projects/{projectId}/stories", new { title = "Refunds", description = "Existing." }, HttpStatusCode.Created);

        var bad = await owner.Http.PostJsonAsync(import, new { markdown = "## Login\nSigns in.\n**Acceptance Criteria**\n* wrong bullet\n" }, HttpStatusCode.BadRequest);
        var clash = await owner.Http.PostJsonAsync(import, new { markdown = File }, HttpStatusCode.Conflict);
        var titles = await owner.Http.GetJsonAsync($"/api/projects/{projectId}/stories/titles");

        Assert.StartsWith("Line 4: expected a criterion", bad.GetProperty("errors").GetProperty("markdown")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("'Refunds'", clash.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Refunds"], titles.EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task AgentToken_EditsStoriesButCannotVerify_AndHistoryNamesIt()
    {
        var (owner, projectId) = await ProjectAsync();
        var (clientId, secret) = await owner.CreateAgentClientAsync(projectId);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));
        var created = await agent.PostJsonAsync($"/api/projects/{projectId}/stories",
            new { title = "Checkout", description = "Pay.", criteria = new[] { "Pays" } }, HttpStatusCode.Created);
        var path = $"/api/projects/{projectId}/stories/{created.GetGuid("id")}";
        var criterion = $"{path}/criteria/{created.GetProperty("criteria")[0].GetGuid("id")}";

        await agent.PostJsonAsync($"{criterion}/verify", new { }, HttpStatusCode.Forbidden);
        await owner.Http.PostJsonAsync($"{criterion}/verify", new { }, HttpStatusCode.OK);
        using var locked = await agent.PutAsJsonAsync(criterion, new { description = "Pays in cash" });
        var history = await owner.Http.GetJsonAsync($"{path}/history");

        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
        Assert.Equal(["created", "criterion_verified"], history.EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(("agent_client", clientId), Who(history[0]));
        Assert.Equal(("person", owner.UserId.ToString("D")), Who(history[1]));
    }

    [Fact]
    public async Task AgentToken_OfAnotherProjectOfTheSameAccount_CannotReachTheStories()
    {
        var (owner, projectId) = await ProjectAsync();
        var accountId = (await owner.Http.GetJsonAsync($"/api/projects/{projectId}")).GetGuid("account_id");
        var otherProject = await owner.CreateProjectAsync(accountId, "Other");
        var (clientId, secret) = await owner.CreateAgentClientAsync(otherProject);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));
        var created = await owner.Http.PostJsonAsync($"/api/projects/{projectId}/stories", new { title = "Checkout", description = "Pay." }, HttpStatusCode.Created);

        using var list = await agent.GetAsync($"/api/projects/{projectId}/stories");
        using var get = await agent.GetAsync($"/api/projects/{projectId}/stories/{created.GetGuid("id")}");
        using var viaOwnProject = await agent.GetAsync($"/api/projects/{otherProject}/stories/{created.GetGuid("id")}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (list.StatusCode, get.StatusCode, viaOwnProject.StatusCode));
    }

    private static (string?, string?) Who(JsonElement revision) =>
        (revision.GetProperty("by").GetProperty("kind").GetString(), revision.GetProperty("by").GetProperty("id").GetString());

    private async Task<(Person Owner, Guid ProjectId)> ProjectAsync()
    {
        var owner = await service.RegisterAsync();
        return (owner, await owner.CreateProjectAsync(await owner.CreateTeamAsync()));
    }
}
