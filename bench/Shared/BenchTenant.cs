using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CodeMySpec.Bench;

/// <summary>
/// A tenant set up over REST as a user would: a person (signed in, <see cref="Browser"/>), a team, a project and an
/// agent client of that project, with a client-credentials access token.
/// </summary>
internal sealed class BenchTenant(HttpClient browser, Guid projectId, string accessToken) : IDisposable
{
    public HttpClient Browser { get; } = browser;

    public Guid ProjectId { get; } = projectId;

    public string AccessToken { get; } = accessToken;

    public static async Task<BenchTenant> CreateAsync(Uri baseUrl, string purpose)
    {
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var email = $"bench{Guid.NewGuid():N}@example.com";
        await PostAsync(browser, "/api/auth/register", new { email, password = "correct horse battery" });
        var teamId = (await PostAsync(browser, "/api/accounts", new { name = "Bench Team", slug = "bench-" + Guid.NewGuid().ToString("N")[..10] })).GetProperty("id").GetGuid();
        var projectId = (await PostAsync(browser, $"/api/accounts/{teamId}/projects", new { name = "Bench", module_name = "Bench", description = purpose })).GetProperty("id").GetGuid();
        var client = await PostAsync(browser, $"/api/projects/{projectId}/agent-clients", new { name = "Bench agent" });

        using var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.GetProperty("client_id").GetString()!,
            ["client_secret"] = client.GetProperty("client_secret").GetString()!,
        }));
        var body = await ReadAsync(token, HttpStatusCode.OK);
        return new BenchTenant(browser, projectId, body.GetProperty("access_token").GetString()!);
    }

    /// <summary>POSTs JSON that must answer 201 Created, and returns the body.</summary>
    public static async Task<JsonElement> PostAsync(HttpClient http, string path, object body)
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

    public void Dispose() => Browser.Dispose();
}
