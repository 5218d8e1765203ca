using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;
using CodeMySpec.TestSupport;

namespace CodeMySpec.Api.Tests.OAuth;

/// <summary>
/// Dynamic client registration is open to anyone, so each client address gets a few registrations a minute; a
/// forwarded address counts only when the request comes from a proxy named in Http:TrustedProxies.
/// </summary>
public sealed class RegistrationLimitTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("dcr");
        var migrate = await SiloProcess.RunToExitAsync(["migrate"], Environment(), TimeSpan.FromSeconds(60));
        Assert.True(migrate.ExitCode == 0, migrate.Output);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Register_PastTheLimit_Is429WithRetryAfter_AndAForgedForwardedAddressDoesNotHelp()
    {
        await using var silo = await StartAsync(Environment());
        using var http = new HttpClient { BaseAddress = new Uri(silo.Url) };

        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(http, "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(http, "198.51.100.2")).StatusCode);
        using var refused = await RegisterAsync(http, "198.51.100.3");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After was {refused.Headers.RetryAfter}");
        var error = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("temporarily_unavailable", error.GetProperty("error").GetString());
        Assert.Contains("reuses its client_id", error.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_BehindATrustedProxy_CountsEachForwardedClientOnItsOwn()
    {
        var environment = Environment();
        environment["Http__TrustedProxies"] = "127.0.0.1, ::1";
        await using var silo = await StartAsync(environment);
        using var http = new HttpClient { BaseAddress = new Uri(silo.Url) };

        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(http, "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(http, "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await RegisterAsync(http, "198.51.100.1")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(http, "198.51.100.2")).StatusCode);
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient http, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/register")
        {
            Content = JsonContent.Create(new { redirect_uris = new[] { BrowserFlow.RedirectUri }, token_endpoint_auth_method = "none" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await http.SendAsync(request);
    }

    private static async Task<SiloProcess> StartAsync(Dictionary<string, string?> environment)
    {
        var silo = SiloProcess.StartService(environment);
        await silo.WaitUntilAsync("/health/ready", TimeSpan.FromSeconds(60));
        return silo;
    }

    private Dictionary<string, string?> Environment()
    {
        var environment = SiloProcess.Environment(_connectionString, "dcr", "dcr-" + Guid.NewGuid().ToString("N")[..6]);
        environment["OAuth__RegistrationsPerMinute"] = "2";
        return environment;
    }
}
