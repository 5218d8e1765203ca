using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// What one measurement needs on the service, set up over REST as a user would: a person, a team, a project, an agent
/// client with its client-credentials token, and one repository component per agent for its sessions.
/// </summary>
internal sealed record World(Guid ProjectId, string AccessToken, IReadOnlyList<Guid> Components)
{
    public string Sessions => $"/api/projects/{ProjectId}/sessions";

    public static async Task<World> CreateAsync(Uri baseUrl, int agents)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var email = $"bench{Guid.NewGuid():N}@example.com";
        await PostAsync(browser, "/api/auth/register", new { email, password = "correct horse battery" });
        var teamId = (await PostAsync(browser, "/api/accounts", new { name = "Bench Team", slug = "bench-" + Guid.NewGuid().ToString("N")[..10] })).GetProperty("id").GetGuid();
        var projectId = (await PostAsync(browser, $"/api/accounts/{teamId}/projects", new { name = "Bench", module_name = "Bench", description = "Sessions benchmark." })).GetProperty("id").GetGuid();
        var client = await PostAsync(browser, $"/api/projects/{projectId}/agent-clients", new { name = "Bench agent" });

        using var tokenResponse = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.GetProperty("client_id").GetString()!,
            ["client_secret"] = client.GetProperty("client_secret").GetString()!,
        }));
        var token = (await ReadAsync(tokenResponse, HttpStatusCode.OK)).GetProperty("access_token").GetString()!;

        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var components = await PostAsync(browser, $"/api/projects/{projectId}/architecture/components/batch", new
        {
            components = Enumerable.Range(0, agents).Select(i => new { name = $"Users{i}", module_name = $"Bench.Accounts.Users{i}", type = "repository" }),
        });
        return new World(projectId, token, [.. components.EnumerateArray().Select(c => c.GetProperty("id").GetGuid())]);
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
