using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CodeMySpec.Bench.Mcp;

/// <summary>What the benchmark needs on the service, set up as a user and an agent would: a person, a team, a
/// project and an agent client over REST, a client-credentials token, and one story created with the
/// <c>create_story</c> tool.</summary>
internal sealed record World(Guid ProjectId, string AccessToken, Guid StoryId, string StoryTitle)
{
    public string McpPath => $"/mcp/projects/{ProjectId}";

    public static async Task<World> CreateAsync(Uri baseUrl, HttpClient http)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var email = $"bench{Guid.NewGuid():N}@example.com";
        await PostAsync(browser, "/api/auth/register", new { email, password = "correct horse battery" });
        var teamId = (await PostAsync(browser, "/api/accounts", new { name = "Bench Team", slug = "bench-" + Guid.NewGuid().ToString("N")[..10] })).GetProperty("id").GetGuid();
        var projectId = (await PostAsync(browser, $"/api/accounts/{teamId}/projects", new { name = "Bench", module_name = "Bench", description = "MCP benchmark." })).GetProperty("id").GetGuid();
        var client = await PostAsync(browser, $"/api/projects/{projectId}/agent-clients", new { name = "Bench agent" });

        using var tokenResponse = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.GetProperty("client_id").GetString()!,
            ["client_secret"] = client.GetProperty("client_secret").GetString()!,
        }));
        var token = (await ReadAsync(tokenResponse, HttpStatusCode.OK)).GetProperty("access_token").GetString()!;

        const string title = "Read a story through MCP";
        var create = new McpCall("setup", "create_story", $"/mcp/projects/{projectId}", token, "tools/call", new
        {
            name = "create_story",
            arguments = new
            {
                title,
                description = "As an agent I want to read a story so that I can work on it.",
                acceptance_criteria = new[] { "The story's title is returned", "Its criteria are returned in order" },
            },
        }, _ => null);
        using var response = await http.SendAsync(create.NewRequest());
        var body = await response.Content.ReadAsStringAsync();
        if (create.Check(response, body) is { } problem)
        {
            throw new InvalidOperationException($"create_story failed: {problem}");
        }

        var story = JsonRpcAnswer.Parse(response.Content.Headers.ContentType?.MediaType, body)!.Value
            .GetProperty("result").GetProperty("structuredContent");
        return new World(projectId, token, story.GetProperty("id").GetGuid(), story.GetProperty("title").GetString()!);
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
