using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>What every request to a project's MCP endpoint must pass: token, audience, host, origin, size, rate.</summary>
[Collection(ServiceCollection.Name)]
public sealed class McpGatewayTests(ServiceFixture service)
{
    private const string ListTools = """{"jsonrpc":"2.0","id":1,"method":"tools/list"}""";

    [Fact]
    public async Task Request_WithoutToken_Gets401PointingAtTheProtectedResourceMetadata()
    {
        var projectId = Guid.NewGuid();
        using var response = await PostAsync(service.Anonymous(), projectId, ListTools);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.Single();
        Assert.Equal("Bearer", challenge.Scheme);
        var metadataUrl = new Uri(ResourceMetadataUrl(challenge.Parameter!));
        Assert.Equal($"/.well-known/oauth-protected-resource/mcp/projects/{projectId}", metadataUrl.AbsolutePath);

        // The metadata leads a client to this server's authorization server and names the exact resource.
        var metadata = await service.Anonymous().GetJsonAsync(metadataUrl.PathAndQuery);
        Assert.Equal(new Uri(service.BaseUrl, $"mcp/projects/{projectId}").AbsoluteUri, metadata.GetProperty("resource").GetString());
        var authorizationServer = metadata.GetProperty("authorization_servers")[0].GetString()!;
        var serverMetadata = await service.Anonymous().GetJsonAsync(new Uri(new Uri(authorizationServer), ".well-known/oauth-authorization-server").PathAndQuery);
        Assert.EndsWith("/connect/register", serverMetadata.GetProperty("registration_endpoint").GetString());
        Assert.Contains("S256", serverMetadata.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task TokenForAnotherProject_IsRefusedAsInvalidToken()
    {
        var (agent, owner) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var otherProject = await owner.CreateProjectAsync(await owner.CreateTeamAsync(), "Other");
        var (clientId, secret) = await owner.CreateAgentClientAsync(otherProject);
        var tokenForOther = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret);

        using var response = await PostAsync(Person.WithBearer(service.BaseUrl, tokenForOther), agent.ProjectId, ListTools);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().Parameter);
        Assert.Contains("another project", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignInCookie_DoesNotAuthenticateMcp()
    {
        var owner = await service.RegisterAsync();
        var projectId = await owner.CreateProjectAsync(owner.PersonalAccountId);

        using var response = await PostAsync(owner.Http, projectId, ListTools);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GarbageToken_IsRefusedAsInvalidToken()
    {
        using var response = await PostAsync(Person.WithBearer(service.BaseUrl, "not-a-token"), Guid.NewGuid(), ListTools);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().Parameter);
    }

    [Fact]
    public async Task ForeignHostAndOrigin_AreRefused()
    {
        var (agent, token) = await AgentWithTokenAsync();
        await using var _ = agent;
        var http = Person.WithBearer(service.BaseUrl, token);

        using var rebound = await PostAsync(http, agent.ProjectId, ListTools, request => request.Headers.Host = "evil.example");
        using var crossSite = await PostAsync(http, agent.ProjectId, ListTools, request => request.Headers.Add("Origin", "https://evil.example"));
        using var sameSite = await PostAsync(http, agent.ProjectId, ListTools, request => request.Headers.Add("Origin", service.BaseUrl.GetLeftPart(UriPartial.Authority)));

        Assert.Equal(HttpStatusCode.BadRequest, rebound.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameSite.StatusCode);
    }

    [Fact]
    public async Task OversizedMessage_IsRefusedWith413AndNothingIsWritten()
    {
        var (agent, token) = await AgentWithTokenAsync();
        await using var _ = agent;
        var huge = new string('x', 2 * 1024 * 1024);
        var call = JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0", id = 1, method = "tools/call",
            @params = new { name = "create_story", arguments = new { title = "Huge", description = huge } },
        });

        using var response = await PostAsync(Person.WithBearer(service.BaseUrl, token), agent.ProjectId, call);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var titles = await agent.CallAsync("list_story_titles");
        Assert.Empty(titles.GetProperty("titles").EnumerateArray());
    }

    [Fact]
    public async Task MalformedJsonRpc_IsAProtocolError()
    {
        var (agent, token) = await AgentWithTokenAsync();
        await using var _ = agent;

        using var response = await PostAsync(Person.WithBearer(service.BaseUrl, token), agent.ProjectId, "{\"jsonrpc\":\"2.0\",\"id\":1,");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("-32600", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownToolset_IsRefusedNamingTheValidOnes()
    {
        var (agent, token) = await AgentWithTokenAsync();
        await using var _ = agent;

        using var response = await PostAsync(Person.WithBearer(service.BaseUrl, token), agent.ProjectId, ListTools, path: "?toolsets=stories,sessionz");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("sessionz", body);
        Assert.Contains("architecture", body);
    }

    [Fact]
    public async Task ManyRequestsFromOneAccount_Get429WithRetryAfter()
    {
        var (agent, token) = await AgentWithTokenAsync();
        await using var _ = agent;
        var http = Person.WithBearer(service.BaseUrl, token);
        HttpResponseMessage? limited = null;

        // Bounded: stop at the first 429, or after 3,000 requests (the fixture allows a burst of 400 and 20/s).
        for (var round = 0; round < 300 && limited is null; round++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostAsync(http, agent.ProjectId, ListTools)));
            limited = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        }

        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

        // Another account is not affected.
        var (other, otherToken) = await AgentWithTokenAsync();
        await using var __ = other;
        using var fine = await PostAsync(Person.WithBearer(service.BaseUrl, otherToken), other.ProjectId, ListTools);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task Get_IsNotAllowedOnTheStatelessEndpoint()
    {
        var (agent, token) = await AgentWithTokenAsync();
        await using var _ = agent;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/mcp/projects/{agent.ProjectId}");
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await Person.WithBearer(service.BaseUrl, token).SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task BaselineEndpoint_DoesNotExistUnlessATestSettingEnablesIt()
    {
        using var response = await PostAsync(service.Anonymous(), Guid.Empty, ListTools, request => request.RequestUri = new Uri("/mcp/baseline", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(AgentConnection Agent, string Token)> AgentWithTokenAsync()
    {
        var owner = await service.RegisterAsync();
        var projectId = await owner.CreateProjectAsync(await owner.CreateTeamAsync());
        var (clientId, secret) = await owner.CreateAgentClientAsync(projectId);
        var token = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret);
        return (await AgentConnection.ConnectAsync(service, projectId, token), token);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, Guid projectId, string body, Action<HttpRequestMessage>? configure = null, string path = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/mcp/projects/{projectId}{path}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("MCP-Protocol-Version", "2025-06-18");
        configure?.Invoke(request);
        return await http.SendAsync(request);
    }

    private static string ResourceMetadataUrl(string parameter)
    {
        const string key = "resource_metadata=\"";
        var start = parameter.IndexOf(key, StringComparison.Ordinal) + key.Length;
        return parameter[start..parameter.IndexOf('"', start)];
    }
}
