using System.Net;
using System.Net.Http.Json;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Prompts;

[Collection(ServiceCollection.Name)]
public sealed class PromptApiTests(ServiceFixture service)
{
    [Fact]
    public async Task StoryInterview_ForTheProjectsAgent_NamesTheProjectsStoriesAndCriteria()
    {
        var (owner, projectId) = await ProjectAsync();
        await owner.Http.PostJsonAsync($"/api/projects/{projectId}/stories",
            new { title = "Checkout", description = "As a shopper I want to pay.", criteria = new[] { "Pays by card", "Gets a receipt" } }, HttpStatusCode.Created);
        var (clientId, secret) = await owner.CreateAgentClientAsync(projectId, ["projects:read"]);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));

        var prompt = await agent.GetJsonAsync($"/api/projects/{projectId}/prompts/story_interview");
        var text = prompt.GetProperty("text").GetString()!;

        Assert.Equal("story_interview", prompt.GetProperty("name").GetString());
        Assert.StartsWith("A product manager interviews you", prompt.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("# Story interview: Shop", text, StringComparison.Ordinal);
        Assert.Contains("A bakery shop.", text, StringComparison.Ordinal);
        Assert.Contains("### Checkout\n", text, StringComparison.Ordinal);
        Assert.Contains("- Pays by card\n- Gets a receipt\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContextDesign_ListsOnlyTheStoriesNoComponentSatisfies()
    {
        var (owner, projectId) = await ProjectAsync();
        var stories = $"/api/projects/{projectId}/stories";
        var component = await owner.Http.PostJsonAsync($"/api/projects/{projectId}/architecture/components",
            new { name = "Orders", module_name = "Shop.Orders", type = "context" }, HttpStatusCode.Created);
        var checkout = await owner.Http.PostJsonAsync(stories, new { title = "Checkout", description = "Pay.", criteria = new[] { "Pays by card" } }, HttpStatusCode.Created);
        await owner.Http.PostJsonAsync(stories, new { title = "Refunds", description = "Money back.", criteria = new[] { "Within 14 days" } }, HttpStatusCode.Created);
        using var link = await owner.Http.PutAsJsonAsync($"{stories}/{checkout.GetGuid("id")}/component", new { component_id = component.GetGuid("id") });
        link.EnsureSuccessStatusCode();

        var prompt = await owner.Http.GetJsonAsync($"/api/projects/{projectId}/prompts/context_design");
        var text = prompt.GetProperty("text").GetString()!;
        var unsatisfied = text[text.IndexOf("## Stories no component satisfies yet", StringComparison.Ordinal)..];

        Assert.StartsWith("## Stories no component satisfies yet (1 of 2)", unsatisfied, StringComparison.Ordinal);
        Assert.Contains("### Refunds\n", unsatisfied, StringComparison.Ordinal);
        Assert.Contains("- Within 14 days\n", unsatisfied, StringComparison.Ordinal);
        Assert.DoesNotContain("Checkout", unsatisfied, StringComparison.Ordinal);
        Assert.Contains("`Shop.Orders` context \"Orders\"", text, StringComparison.Ordinal);
        Assert.Contains("set_story_component(", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoryReview_OfAProjectWithHundredsOfStories_IsCappedAndSaysHowManyMore()
    {
        var (owner, projectId) = await ProjectAsync();
        var file = string.Concat(Enumerable.Range(1, 300).Select(i => $"## Story {i:D3}\nAs a shopper I want thing {i}.\n\n**Acceptance Criteria**\n- Criterion {i:D3}\n\n"));
        await owner.Http.PostJsonAsync($"/api/projects/{projectId}/stories/import", new { markdown = file }, HttpStatusCode.Created);

        var prompt = await owner.Http.GetJsonAsync($"/api/projects/{projectId}/prompts/story_review");
        var text = prompt.GetProperty("text").GetString()!;
        var shown = prompt.GetProperty("stories_shown").GetInt32();

        Assert.Equal(300, prompt.GetProperty("stories").GetInt32());
        Assert.InRange(shown, 41, 299);
        Assert.Contains($"- …{300 - shown} more stories not shown; page through them with `list_stories(limit, offset)`", text, StringComparison.Ordinal);
        Assert.Contains("- Criterion 040\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Criterion 041", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Story 300", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPersona_IsNotFoundNamingTheValidOnes()
    {
        var (owner, projectId) = await ProjectAsync();

        var problem = await owner.Http.GetJsonAsync($"/api/projects/{projectId}/prompts/story_writer", HttpStatusCode.NotFound);

        Assert.Contains("story_interview, story_review, context_design, context_design_review", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenant_CannotReadThePromptsNorLearnWhichExist()
    {
        var (owner, projectId) = await ProjectAsync();
        await owner.Http.PostJsonAsync($"/api/projects/{projectId}/stories", new { title = "Secret plan", description = "Hidden." }, HttpStatusCode.Created);
        var (stranger, strangerProject) = await ProjectAsync();
        var (clientId, secret) = await stranger.CreateAgentClientAsync(strangerProject);
        using var foreignAgent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));

        using var person = await stranger.Http.GetAsync($"/api/projects/{projectId}/prompts/story_interview");
        using var unknown = await stranger.Http.GetAsync($"/api/projects/{projectId}/prompts/story_writer");
        using var agent = await foreignAgent.GetAsync($"/api/projects/{projectId}/prompts/story_review");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (person.StatusCode, unknown.StatusCode, agent.StatusCode));
        foreach (var response in new[] { person, unknown, agent })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Secret plan", body, StringComparison.Ordinal);
            Assert.DoesNotContain("story_interview", body, StringComparison.Ordinal);
        }
    }

    private async Task<(Person Owner, Guid ProjectId)> ProjectAsync()
    {
        var owner = await service.RegisterAsync();
        return (owner, await owner.CreateProjectAsync(await owner.CreateTeamAsync()));
    }
}
