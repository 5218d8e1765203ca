using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.OAuth;

[Collection(ServiceCollection.Name)]
public sealed class ClientCredentialsTests(ServiceFixture service)
{
    [Fact]
    public async Task AgentToken_NamesItsAccountProjectAndScopes()
    {
        var (person, accountId, projectId) = await ProjectOwnerAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        using var anonymous = service.Anonymous();

        var token = await OAuthClient.ClientCredentialsAsync(anonymous, clientId, secret);
        using var agent = Person.WithBearer(service.BaseUrl, token);
        var me = await agent.GetJsonAsync("/api/me");

        Assert.Equal(("agent", clientId), (me.GetProperty("kind").GetString(), me.GetProperty("id").GetString()));
        Assert.Equal(accountId, me.GetProperty("token").GetGuid("account_id"));
        Assert.Equal(projectId, me.GetProperty("token").GetGuid("project_id"));
        Assert.Equal(projectId, (await agent.GetJsonAsync($"/api/projects/{projectId}")).GetGuid("id"));
    }

    [Fact]
    public async Task AgentToken_ForProjectA_IsRefusedOnProjectB()
    {
        var (person, accountId, projectA) = await ProjectOwnerAsync();
        var projectB = await person.CreateProjectAsync(accountId, "Other");
        var (clientId, secret) = await person.CreateAgentClientAsync(projectA);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));

        var response = await agent.GetAsync($"/api/projects/{projectB}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AgentToken_CannotManageAccounts()
    {
        var (person, accountId, projectId) = await ProjectOwnerAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/accounts/{accountId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.DeleteAsync($"/api/projects/{projectId}")).StatusCode);
    }

    [Fact]
    public async Task AgentToken_WithoutTheReadScope_CannotReadTheProject()
    {
        var (person, _, projectId) = await ProjectOwnerAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId, ["sessions:drive"]);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));

        var problem = await agent.GetJsonAsync($"/api/projects/{projectId}", HttpStatusCode.Forbidden);

        Assert.Contains("projects:read", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongSecret_GetsNoToken()
    {
        var (person, _, projectId) = await ProjectOwnerAsync();
        var (clientId, _) = await person.CreateAgentClientAsync(projectId);

        var response = await OAuthClient.TokenAsync(service.Anonymous(), ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", "guess"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await OAuthClient.ErrorAsync(response));
    }

    [Fact]
    public async Task RevokedAccessToken_IsRefusedAtOnce()
    {
        var (person, _, projectId) = await ProjectOwnerAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        var token = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret);

        var revoke = await service.Anonymous().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        using var agent = Person.WithBearer(service.BaseUrl, token);

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task DeletedAgentClient_LosesItsTokensAndGetsNoNewOnes()
    {
        var (person, _, projectId) = await ProjectOwnerAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        var token = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret);

        Assert.Equal(HttpStatusCode.NoContent, (await person.Http.DeleteAsync($"/api/projects/{projectId}/agent-clients/{clientId}")).StatusCode);
        using var agent = Person.WithBearer(service.BaseUrl, token);

        Assert.NotEqual(HttpStatusCode.OK, (await agent.GetAsync($"/api/projects/{projectId}")).StatusCode);
        var again = await OAuthClient.TokenAsync(service.Anonymous(), ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
        Assert.NotEqual(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Introspection_ShowsTheTokenActiveThenInactiveAfterRevocation()
    {
        var (person, _, projectId) = await ProjectOwnerAsync();
        var (clientId, secret) = await person.CreateAgentClientAsync(projectId);
        var token = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret);
        var form = new Dictionary<string, string> { ["token"] = token, ["client_id"] = clientId, ["client_secret"] = secret };

        var before = await (await service.Anonymous().PostAsync("/connect/introspect", new FormUrlEncodedContent(form))).ReadAsync(HttpStatusCode.OK);
        await service.Anonymous().PostAsync("/connect/revoke", new FormUrlEncodedContent(form));
        var after = await (await service.Anonymous().PostAsync("/connect/introspect", new FormUrlEncodedContent(form))).ReadAsync(HttpStatusCode.OK);

        Assert.True(before.GetProperty("active").GetBoolean());
        Assert.Equal(clientId, before.GetProperty("sub").GetString());
        Assert.False(after.GetProperty("active").GetBoolean());
    }

    private async Task<(Person Person, Guid AccountId, Guid ProjectId)> ProjectOwnerAsync()
    {
        var person = await service.RegisterAsync();
        var accountId = await person.CreateTeamAsync();
        return (person, accountId, await person.CreateProjectAsync(accountId));
    }
}
