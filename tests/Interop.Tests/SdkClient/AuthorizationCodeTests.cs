using CodeMySpec.Interop.Tests.Fixtures;
using static CodeMySpec.Interop.Tests.Fixtures.McpClient;

namespace CodeMySpec.Interop.Tests.SdkClient;

/// <summary>
/// The TypeScript SDK's own OAuth client against the gateway: from the endpoint URL alone it discovers the
/// authorization server, registers itself and runs the authorization code flow with PKCE, while a scripted
/// person signs in and picks the project on the consent page.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class AuthorizationCodeTests(InteropService service)
{
    [Fact]
    public async Task SdkClient_DiscoversRegistersAndSignsIn_ThenUsesEveryToolFamily()
    {
        var person = await service.RegisterAsync();
        var projectId = await person.CreateProjectAsync(await person.CreateTeamAsync());

        var report = await RunAsync(service.ProjectUrl(projectId), AuthorizationCode(person.Email, person.Password, projectId),
            ListTools(),
            Call("create_story", new
            {
                title = "Reset a forgotten password",
                description = "As a customer I want to reset my password so that I can sign in again.",
                acceptance_criteria = new[] { "A reset link is emailed", "The link expires after one hour" },
            }),
            Call("get_story", new { story_id = "{{1.structuredContent.id}}" }),
            Call("create_component", new { name = "Catalog", type = "context", module_name = "Shop.Catalog" }),
            Call("create_component", new { name = "Orders", type = "context", module_name = "Shop.Orders" }),
            Call("create_dependency", new { source_component_id = "{{4.structuredContent.id}}", target_component_id = "{{3.structuredContent.id}}" }),
            Call("create_dependency", new { source_component_id = "{{3.structuredContent.id}}", target_component_id = "{{4.structuredContent.id}}" }),
            Call("show_architecture", new { }),
            Call("list_specs", new { }),
            Get("prompts/list"),
            Get("prompts/get", name: "story_review"),
            Get("resources/list"),
            Get("resources/read", uri: "codemyspec://project/user_stories.md"),
            Call("start_context_design", new { }));

        // Before it had a token the client was sent to the project's protected-resource metadata.
        Assert.Equal(401, report.Unauthenticated.GetProperty("status").GetInt32());
        Assert.Equal(new Uri(service.BaseUrl, $".well-known/oauth-protected-resource/mcp/projects/{projectId:D}").AbsoluteUri,
            report.Unauthenticated.GetProperty("resourceMetadataUrl").GetString());

        // It asked for this project's resource, with S256 PKCE, as a client it registered itself.
        var authorize = new Uri(report.Auth.GetProperty("authorizationUrl").GetString()!);
        Assert.Equal(service.ProjectUrl(projectId).AbsoluteUri, Query(authorize, "resource"));
        Assert.Equal("S256", Query(authorize, "code_challenge_method"));
        Assert.Equal(report.Auth.GetProperty("registeredClient").GetProperty("client_id").GetString(), Query(authorize, "client_id"));

        var tools = report.ToolNames(0);
        Assert.Contains("create_story", tools);
        Assert.Contains("create_component", tools);
        Assert.Contains("list_specs", tools);

        // The story comes back with its criteria, in order.
        var story = report.Success(2);
        Assert.Equal("Reset a forgotten password", story.GetProperty("title").GetString());
        Assert.Equal(["A reset link is emailed", "The link expires after one hour"],
            story.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("description").GetString()));

        // Orders depends on Catalog; the reverse would close a cycle and is refused with a hint.
        report.Success(5);
        var cycle = report.ToolError(6);
        Assert.Contains("Shop.Catalog", cycle, StringComparison.Ordinal);
        Assert.Contains("How to fix:", cycle, StringComparison.Ordinal);
        Assert.Contains("Shop.Orders", report.Result(7).ToString(), StringComparison.Ordinal);
        report.Success(8);

        // The personas are prompts built from the project: the review knows the story.
        Assert.Equal(["context_design", "context_design_review", "story_interview", "story_review"],
            report.Result(9).GetProperty("prompts").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("Reset a forgotten password", report.Result(10).GetProperty("messages")[0].GetProperty("content").GetProperty("text").GetString());

        // user_stories.md is a resource, in the format import reads.
        Assert.Contains("codemyspec://project/user_stories.md",
            report.Result(11).GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("uri").GetString()));
        var markdown = report.Result(12).GetProperty("contents")[0].GetProperty("text").GetString()!;
        Assert.Contains("## Reset a forgotten password", markdown, StringComparison.Ordinal);
        Assert.Contains("- The link expires after one hour", markdown, StringComparison.Ordinal);
        Assert.Contains("Reset a forgotten password", report.Result(13).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenFromTheSignIn_IsRefusedOnAnotherProject()
    {
        var person = await service.RegisterAsync();
        var team = await person.CreateTeamAsync();
        var mine = await person.CreateProjectAsync(team, "Shop");
        var other = await person.CreateProjectAsync(team, "Blog");

        var signedIn = await RunAsync(service.ProjectUrl(mine), AuthorizationCode(person.Email, person.Password, mine), ListTools());
        Assert.True(signedIn.Connected, signedIn.ToString());
        var token = signedIn.Auth.GetProperty("tokens").GetProperty("access_token").GetString()!;

        var elsewhere = await RunAsync(service.ProjectUrl(other), Bearer(token), ListTools());
        Assert.False(elsewhere.Connected, elsewhere.ToString());
        Assert.Equal(401, elsewhere.ConnectStatus);
    }

    private static string? Query(Uri uri, string key) => System.Web.HttpUtility.ParseQueryString(uri.Query)[key];
}
