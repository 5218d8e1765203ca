using System.Net;
using CodeMySpec.Api.Tests.Fixtures;
using CodeMySpec.TestSupport;

namespace CodeMySpec.Api.Tests.OAuth;

/// <summary>Keys live in PostgreSQL: any silo validates what another issued, before and after restarts.</summary>
public sealed class TokensAcrossSilosTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("silos");
        var migrate = await SiloProcess.RunToExitAsync(["migrate"], Environment("m"), StartTimeout);
        Assert.True(migrate.ExitCode == 0, migrate.Output);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TokenAndCookieFromOneSilo_AreAcceptedByTheOther_AlsoAfterBothRestart()
    {
        var (environmentA, environmentB) = (Environment("a"), Environment("b"));
        string token;
        string cookie;
        Guid projectId;
        await using (var a = await StartAsync(environmentA))
        await using (var b = await StartAsync(environmentB))
        {
            var person = await Person.RegisterAsync(new Uri(a.Url + "/"));
            projectId = await person.CreateProjectAsync(await person.CreateTeamAsync());
            var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
            token = await OAuthClient.ClientCredentialsAsync(new HttpClient { BaseAddress = new Uri(a.Url) }, clientId, secret);
            cookie = CookieHeader(person, a);

            await AssertAcceptedAsync(b, token, cookie, projectId);
            a.Terminate();
            b.Terminate();
            Assert.True(await a.WaitForExitAsync(TimeSpan.FromSeconds(40)) && await b.WaitForExitAsync(TimeSpan.FromSeconds(40)));
        }

        await using var a2 = await StartAsync(environmentA);
        await using var b2 = await StartAsync(environmentB);
        await AssertAcceptedAsync(a2, token, cookie, projectId);
        await AssertAcceptedAsync(b2, token, cookie, projectId);
    }

    [Fact]
    public async Task ExpiredAccessToken_IsRefused_EvenWhileTheSiloStillCachesIt()
    {
        var environment = Environment("x");
        environment["OAuth__AccessTokenLifetime"] = "00:00:05";
        environment["OAuth__TokenCacheDuration"] = "00:05:00";
        await using var silo = await StartAsync(environment);
        var person = await Person.RegisterAsync(new Uri(silo.Url + "/"));
        var projectId = await person.CreateProjectAsync(await person.CreateTeamAsync());
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        using var agent = Person.WithBearer(new Uri(silo.Url + "/"), await OAuthClient.ClientCredentialsAsync(new HttpClient { BaseAddress = new Uri(silo.Url) }, clientId, secret));

        // Accepted once, so the silo holds it: from here on only the cache entry's own end can refuse it.
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/me")).StatusCode);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var refused = false;
        while (!refused && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(250);
            refused = (await agent.GetAsync("/api/me")).StatusCode == HttpStatusCode.Unauthorized;
        }

        Assert.True(refused, "a token issued for 5 seconds was still accepted after 20");
    }

    [Fact]
    public async Task TokenRevokedOnOneSilo_IsRefusedByTheOther_LongBeforeItsCacheEntryEnds()
    {
        var (environmentA, environmentB) = (Environment("ra"), Environment("rb"));
        environmentA["OAuth__TokenCacheDuration"] = environmentB["OAuth__TokenCacheDuration"] = "00:05:00";
        await using var a = await StartAsync(environmentA);
        await using var b = await StartAsync(environmentB);
        var person = await Person.RegisterAsync(new Uri(a.Url + "/"));
        var projectId = await person.CreateProjectAsync(await person.CreateTeamAsync());
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        var token = await OAuthClient.ClientCredentialsAsync(new HttpClient { BaseAddress = new Uri(a.Url) }, clientId, secret);
        using var onA = Person.WithBearer(new Uri(a.Url + "/"), token);
        using var onB = Person.WithBearer(new Uri(b.Url + "/"), token);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync($"/api/projects/{projectId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync($"/api/projects/{projectId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync($"/api/projects/{projectId}")).StatusCode);

        var revoke = await new HttpClient { BaseAddress = new Uri(a.Url) }.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onA.GetAsync($"/api/projects/{projectId}")).StatusCode);

        // The silos cache tokens for 5 minutes here: only the relayed revocation can end B's entry this soon.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var refused = false;
        while (!refused && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            refused = (await onB.GetAsync($"/api/projects/{projectId}")).StatusCode == HttpStatusCode.Unauthorized;
            if (!refused)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(refused, "silo B still accepted the revoked token 10 seconds after silo A revoked it");
    }

    private static async Task AssertAcceptedAsync(SiloProcess silo, string token, string cookie, Guid projectId)
    {
        using var agent = Person.WithBearer(new Uri(silo.Url + "/"), token);
        Assert.Equal(projectId, (await agent.GetJsonAsync($"/api/projects/{projectId}")).GetGuid("id"));
        using var browser = new HttpClient { BaseAddress = new Uri(silo.Url) };
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal("person", (await browser.GetJsonAsync("/api/me")).GetProperty("kind").GetString());
    }

    private static string CookieHeader(Person person, SiloProcess silo)
    {
        var handler = typeof(HttpMessageInvoker).GetField("_handler", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .GetValue(person.Http) as HttpClientHandler;
        return handler!.CookieContainer.GetCookieHeader(new Uri(silo.Url));
    }

    private static async Task<SiloProcess> StartAsync(Dictionary<string, string?> environment)
    {
        var silo = SiloProcess.StartService(environment);
        await silo.WaitUntilAsync("/health/ready", StartTimeout);
        return silo;
    }

    /// <summary>Silos behind one load balancer share the public issuer URL, as OAuth:Issuer says in production.</summary>
    private Dictionary<string, string?> Environment(string name)
    {
        var environment = SiloProcess.Environment(_connectionString, "silos", "silo-" + name);
        environment["OAuth__Issuer"] = "http://codemyspec.test/";
        return environment;
    }
}
