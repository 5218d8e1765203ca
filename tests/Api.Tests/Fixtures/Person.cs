using System.Net;
using System.Net.Http.Headers;

namespace CodeMySpec.Api.Tests.Fixtures;

/// <summary>A registered person with a cookie-carrying client, and the shortcuts tests need to set up their world.</summary>
public sealed class Person(HttpClient http, Guid userId, string email, string password, Guid personalAccountId)
{
    public HttpClient Http { get; } = http;

    public Guid UserId { get; } = userId;

    public string Email { get; } = email;

    public string Password { get; } = password;

    public Guid PersonalAccountId { get; } = personalAccountId;

    public static async Task<Person> RegisterAsync(Uri baseUrl)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseUrl };
        var email = $"p{Guid.NewGuid():N}@example.com";
        const string password = "correct horse battery";
        var me = await http.PostJsonAsync("/api/auth/register", new { email, password }, HttpStatusCode.Created);
        return new Person(http, me.GetGuid("user_id"), email, password, me.GetGuid("personal_account_id"));
    }

    public async Task<Guid> CreateTeamAsync() =>
        (await Http.PostJsonAsync("/api/accounts", new { name = "Acme Agency", slug = "acme-" + Guid.NewGuid().ToString("N")[..10] }, HttpStatusCode.Created)).GetGuid("id");

    public async Task<Guid> CreateProjectAsync(Guid accountId, string name = "Shop") =>
        (await Http.PostJsonAsync($"/api/accounts/{accountId}/projects", new { name, module_name = "Shop", description = "A bakery shop." }, HttpStatusCode.Created)).GetGuid("id");

    /// <summary>Creates an agent client for the project; returns its id and its one-time secret.</summary>
    public async Task<(string ClientId, string Secret)> CreateAgentClientAsync(Guid projectId, string[]? scopes = null)
    {
        var created = await Http.PostJsonAsync($"/api/projects/{projectId}/agent-clients", new { name = "CI agent", scopes }, HttpStatusCode.Created);
        return (created.GetProperty("client_id").GetString()!, created.GetProperty("client_secret").GetString()!);
    }

    public static HttpClient WithBearer(Uri baseUrl, string accessToken)
    {
        var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }
}
