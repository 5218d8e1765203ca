using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CodeMySpec.Api.Tests.Access;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Architecture;

[Collection(ServiceCollection.Name)]
public sealed class SpecApiTests(ServiceFixture service)
{
    [Fact]
    public async Task PutSpec_ThenReadListAndView_ShowTheDocumentItsHashAndTheComponentsNeighbours()
    {
        var (owner, projectId) = await ProjectAsync();
        var (accountsId, _) = await ComponentsAsync(owner, projectId);
        var content = ArchitectureTargets.ContextSpec("MyApp.Accounts");
        var storyId = (await owner.Http.PostJsonAsync($"/api/projects/{projectId}/stories",
            new { title = "Sign up", description = "As a visitor I sign up.", criteria = new[] { "Gets a confirmation email" } }, HttpStatusCode.Created)).GetGuid("id");
        await (await owner.Http.PutAsJsonAsync($"/api/projects/{projectId}/stories/{storyId}/component", new { component_id = accountsId })).ReadAsync(HttpStatusCode.OK);

        var summary = await PutAsync(owner.Http, projectId, accountsId, content, HttpStatusCode.OK);
        var document = await owner.Http.GetJsonAsync(SpecUrl(projectId, accountsId));
        var list = await owner.Http.GetJsonAsync($"/api/projects/{projectId}/specs");
        using var view = await owner.Http.GetAsync($"/api/projects/{projectId}/components/{accountsId}/view");
        var page = await view.Content.ReadAsStringAsync();

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        Assert.Equal(("context_spec", hash, "MyApp.Accounts"),
            (summary.GetProperty("document_type").GetString(), summary.GetProperty("content_hash").GetString(), summary.GetProperty("module_name").GetString()));
        Assert.Equal(("person", owner.UserId.ToString()), (summary.GetProperty("updated_by").GetProperty("kind").GetString(), summary.GetProperty("updated_by").GetProperty("id").GetString()));
        Assert.Equal(content, document.GetProperty("content").GetString());
        Assert.Equal(hash, document.GetProperty("summary").GetProperty("content_hash").GetString());
        Assert.Equal([hash], list.EnumerateArray().Select(s => s.GetProperty("content_hash").GetString()));
        Assert.False(list[0].TryGetProperty("content", out _));
        Assert.Equal("text/markdown", view.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Accounts (MyApp.Accounts)", page);
        Assert.Contains("- `MyApp.Repo` (repository): Repo", page);
        Assert.Contains($"sha256 `{hash}`", page);
        Assert.Contains("- Sign up (", page);
        Assert.Contains("  - Gets a confirmation email", page);
    }

    [Fact]
    public async Task PutSpec_OfABadDocument_Is400NamingEveryProblem_AndStoresNothing()
    {
        var (owner, projectId) = await ProjectAsync();
        var (accountsId, repoId) = await ComponentsAsync(owner, projectId);

        var invalid = await PutAsync(owner.Http, projectId, accountsId, "# MyApp.Accounts\n\n## Notes\nLater.\n", HttpStatusCode.BadRequest);
        var wrongModule = await PutAsync(owner.Http, projectId, repoId, ArchitectureTargets.ContextSpec("MyApp.Accounts"), HttpStatusCode.BadRequest);
        var missing = await owner.Http.GetJsonAsync(SpecUrl(projectId, accountsId), HttpStatusCode.NotFound);

        var problems = invalid.GetProperty("errors").GetProperty("content").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(problems, p => p.StartsWith("Missing required sections: functions OR delegates, dependencies, components"));
        Assert.Contains(problems, p => p.StartsWith("Disallowed sections found: notes"));
        var wrong = wrongModule.GetProperty("errors").GetProperty("content").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(wrong, p => p.Contains("start it with # MyApp.Repo"));
        Assert.Contains("has no spec yet; write it with a design session or PUT", missing.GetProperty("detail").GetString());
        Assert.Equal(0, (await owner.Http.GetJsonAsync($"/api/projects/{projectId}/specs")).GetArrayLength());
    }

    [Fact]
    public async Task PutSpec_OverTheLimit_Is413_AndForAnUnknownOrForeignComponent_Is404()
    {
        var (owner, projectId) = await ProjectAsync();
        var (accountsId, _) = await ComponentsAsync(owner, projectId);
        var (_, otherProject) = await ProjectAsync();
        var huge = ArchitectureTargets.ContextSpec("MyApp.Accounts") + new string('x', 256 * 1024);

        var tooLarge = await PutAsync(owner.Http, projectId, accountsId, huge, HttpStatusCode.RequestEntityTooLarge);
        await PutAsync(owner.Http, projectId, Guid.NewGuid(), ArchitectureTargets.ContextSpec("MyApp.Accounts"), HttpStatusCode.NotFound);
        await owner.Http.GetJsonAsync($"/api/projects/{projectId}/components/{Guid.NewGuid()}/view", HttpStatusCode.NotFound);

        Assert.Contains("the limit is 262144 bytes", tooLarge.GetProperty("detail").GetString());
        var stranger = await service.RegisterAsync();
        await PutAsync(stranger.Http, projectId, accountsId, ArchitectureTargets.ContextSpec("MyApp.Accounts"), HttpStatusCode.NotFound);
        await owner.Http.GetJsonAsync($"/api/projects/{otherProject}/specs", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Agents_ReadWithReadScope_WriteOnlyWithWriteScope_AndNeverOnAnotherProject()
    {
        var (owner, projectId) = await ProjectAsync();
        var (accountsId, _) = await ComponentsAsync(owner, projectId);
        var otherProject = await owner.CreateProjectAsync(await owner.CreateTeamAsync(), "Blog");
        var reader = await AgentAsync(owner, projectId, ["projects:read"]);
        var writer = await AgentAsync(owner, projectId, ["projects:read", "projects:write"]);
        var foreign = await AgentAsync(owner, otherProject, ["projects:read", "projects:write"]);
        var content = ArchitectureTargets.ContextSpec("MyApp.Accounts");

        await PutAsync(reader, projectId, accountsId, content, HttpStatusCode.Forbidden);
        var written = await PutAsync(writer, projectId, accountsId, content, HttpStatusCode.OK);
        using var foreignWrite = await foreign.PutAsJsonAsync(SpecUrl(projectId, accountsId), new { content });
        using var foreignRead = await foreign.GetAsync(SpecUrl(projectId, accountsId));
        var read = await reader.GetJsonAsync(SpecUrl(projectId, accountsId));

        Assert.Equal("agent_client", written.GetProperty("updated_by").GetProperty("kind").GetString());
        Assert.Contains(foreignWrite.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains(foreignRead.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(content, read.GetProperty("content").GetString());
    }

    private async Task<(Person Owner, Guid ProjectId)> ProjectAsync()
    {
        var owner = await service.RegisterAsync();
        return (owner, await owner.CreateProjectAsync(await owner.CreateTeamAsync()));
    }

    private async Task<HttpClient> AgentAsync(Person owner, Guid projectId, string[] scopes)
    {
        var (clientId, secret) = await owner.CreateAgentClientAsync(projectId, scopes);
        return Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));
    }

    private static async Task<(Guid Accounts, Guid Repo)> ComponentsAsync(Person owner, Guid projectId)
    {
        var created = await owner.Http.PostJsonAsync($"/api/projects/{projectId}/architecture/components/batch", new
        {
            components = new object[]
            {
                new { name = "Accounts", module_name = "MyApp.Accounts", type = "context", depends_on = new[] { "MyApp.Repo" } },
                new { name = "Repo", module_name = "MyApp.Repo", type = "repository" },
            },
        }, HttpStatusCode.Created);
        return (created[0].GetGuid("id"), created[1].GetGuid("id"));
    }

    private static async Task<System.Text.Json.JsonElement> PutAsync(HttpClient http, Guid projectId, Guid componentId, string content, HttpStatusCode expected) =>
        await (await http.PutAsJsonAsync(SpecUrl(projectId, componentId), new { content })).ReadAsync(expected);

    private static string SpecUrl(Guid projectId, Guid componentId) => $"/api/projects/{projectId}/components/{componentId}/spec";
}
