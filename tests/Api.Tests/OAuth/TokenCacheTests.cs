using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.OAuth;

/// <summary>
/// A token the silo has seen before is answered from its token cache; what the cache answers must be what full
/// validation would: revocations count at once, and the token still reaches only its own project.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class TokenCacheTests(ServiceFixture service)
{
    [Fact]
    public async Task RevokedToken_AlreadyInUse_IsRefusedAtOnce()
    {
        var (person, accountId) = await OwnerAsync();
        var projectId = await person.CreateProjectAsync(accountId);
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        var token = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret);
        using var agent = Person.WithBearer(service.BaseUrl, token);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/api/projects/{projectId}")).StatusCode);

        var revoke = await service.Anonymous().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["client_id"] = clientId, ["client_secret"] = secret,
        }));

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.GetAsync($"/api/projects/{projectId}")).StatusCode);
    }

    [Fact]
    public async Task TokenOfADeletedAgentClient_AlreadyInUse_IsRefusedAtOnce()
    {
        var (person, accountId) = await OwnerAsync();
        var projectId = await person.CreateProjectAsync(accountId);
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await person.Http.DeleteAsync($"/api/projects/{projectId}/agent-clients/{clientId}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task TokenInUseForProjectA_IsStillRefusedOnProjectB()
    {
        var (person, accountId) = await OwnerAsync();
        var projectA = await person.CreateProjectAsync(accountId);
        var projectB = await person.CreateProjectAsync(accountId, "Other");
        var (clientId, secret) = await person.CreateAgentClientAsync(projectA);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/api/projects/{projectA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/api/projects/{projectA}")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/projects/{projectB}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/projects/{projectB}/stories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/api/projects/{projectA}")).StatusCode);
    }

    [Fact]
    public async Task ReplayedRefreshToken_StopsTheAccessTokensOfItsGrantAlreadyInUse()
    {
        var (person, accountId) = await OwnerAsync();
        var projectId = await person.CreateProjectAsync(accountId);
        var clientId = await BrowserFlow.RegisterPublicClientAsync(service.Anonymous());
        var (verifier, challenge) = BrowserFlow.NewPkce();
        var code = await BrowserFlow.ConsentAsync(person.Http, BrowserFlow.AuthorizeUrl(clientId, challenge, $"{service.BaseUrl}mcp/projects/{projectId}"), projectId);
        var tokens = await BrowserFlow.RedeemAsync(service.Anonymous(), clientId, code, verifier);
        var refresh = tokens.GetProperty("refresh_token").GetString()!;
        using var first = Person.WithBearer(service.BaseUrl, tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync($"/api/projects/{projectId}")).StatusCode);

        var rotated = await (await OAuthClient.TokenAsync(service.Anonymous(), ("grant_type", "refresh_token"), ("client_id", clientId), ("refresh_token", refresh))).ReadAsync(HttpStatusCode.OK);
        using var second = Person.WithBearer(service.BaseUrl, rotated.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/api/projects/{projectId}")).StatusCode);
        var replay = await OAuthClient.TokenAsync(service.Anonymous(), ("grant_type", "refresh_token"), ("client_id", clientId), ("refresh_token", refresh));

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync($"/api/projects/{projectId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync($"/api/projects/{projectId}")).StatusCode);
    }

    [Fact]
    public async Task PublicEndpoint_AnswersTheSameWithOrWithoutAToken_AndAForgedTokenReachesNothing()
    {
        var (person, accountId) = await OwnerAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(await person.CreateProjectAsync(accountId));
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));
        using var forged = Person.WithBearer(service.BaseUrl, "not-a-token");

        var anonymous = await service.Anonymous().GetJsonAsync("/");
        var withToken = await agent.GetJsonAsync("/");

        Assert.Equal(anonymous.GetProperty("name").GetString(), withToken.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/me")).StatusCode);
    }

    private async Task<(Person Person, Guid AccountId)> OwnerAsync()
    {
        var person = await service.RegisterAsync();
        return (person, await person.CreateTeamAsync());
    }
}
