using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.OAuth;

[Collection(ServiceCollection.Name)]
public sealed class AuthorizationCodeTests(ServiceFixture service)
{
    [Fact]
    public async Task CodeFlowWithPkce_FromSignInThroughConsent_GivesATokenForTheChosenProject()
    {
        var person = await service.RegisterAsync();
        var accountId = await person.CreateTeamAsync();
        var projectId = await person.CreateProjectAsync(accountId);
        using var anonymous = service.Anonymous();
        var clientId = await BrowserFlow.RegisterPublicClientAsync(anonymous);
        var (verifier, challenge) = BrowserFlow.NewPkce();
        var authorize = BrowserFlow.AuthorizeUrl(clientId, challenge, resource: null);

        // A browser that is not signed in is sent to the sign-in page first, and back after signing in.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = service.BaseUrl };
        var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/account/login", toLogin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var loginForm = BrowserFlow.HiddenFields(await (await browser.GetAsync(toLogin.Headers.Location)).Content.ReadAsStringAsync());
        loginForm["email"] = person.Email;
        loginForm["password"] = person.Password;
        var back = await browser.PostAsync("/account/login", new FormUrlEncodedContent(loginForm));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);

        var code = await BrowserFlow.ConsentAsync(browser, back.Headers.Location!.OriginalString, projectId);
        var tokens = await BrowserFlow.RedeemAsync(anonymous, clientId, code, verifier);
        using var client = Person.WithBearer(service.BaseUrl, tokens.GetProperty("access_token").GetString()!);
        var me = await client.GetJsonAsync("/api/me");

        Assert.Equal(("person", person.UserId.ToString("D")), (me.GetProperty("kind").GetString(), me.GetProperty("id").GetString()));
        Assert.Equal(projectId, me.GetProperty("token").GetGuid("project_id"));
        Assert.Equal(projectId, (await client.GetJsonAsync($"/api/projects/{projectId}")).GetGuid("id"));
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task RefreshToken_RotatesAndAUsedOneIsRefused()
    {
        var (clientId, tokens) = await SignedInCodeFlowAsync();
        var first = tokens.GetProperty("refresh_token").GetString()!;
        using var http = service.Anonymous();

        var rotated = await (await OAuthClient.TokenAsync(http, ("grant_type", "refresh_token"), ("client_id", clientId), ("refresh_token", first))).ReadAsync(HttpStatusCode.OK);
        var replay = await OAuthClient.TokenAsync(http, ("grant_type", "refresh_token"), ("client_id", clientId), ("refresh_token", first));

        Assert.NotEqual(first, rotated.GetProperty("refresh_token").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", await OAuthClient.ErrorAsync(replay));
    }

    [Fact]
    public async Task Authorize_WithoutPkce_IsRefused()
    {
        var (browser, clientId, _) = await SignedInBrowserAsync();

        var answer = await browser.GetAsync(BrowserFlow.AuthorizeUrl(clientId, challenge: null!, resource: null).Replace("&code_challenge_method=S256", ""));

        Assert.Equal("invalid_request", await AuthorizationErrorAsync(answer));
    }

    [Fact]
    public async Task Authorize_WithPlainPkce_IsRefused()
    {
        var (browser, clientId, _) = await SignedInBrowserAsync();

        var answer = await browser.GetAsync(BrowserFlow.AuthorizeUrl(clientId, "plain-challenge-that-is-long-enough-1234567890", resource: null, method: "plain"));

        Assert.Equal("invalid_request", await AuthorizationErrorAsync(answer));
    }

    [Fact]
    public async Task Authorize_WithAnUnregisteredRedirectUri_IsRefusedWithoutRedirecting()
    {
        var (browser, clientId, _) = await SignedInBrowserAsync();
        var (_, challenge) = BrowserFlow.NewPkce();

        var answer = await browser.GetAsync(BrowserFlow.AuthorizeUrl(clientId, challenge, resource: null, redirectUri: "http://127.0.0.1:9999/elsewhere"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
    }

    [Fact]
    public async Task Authorize_ForAProjectOfAnotherTenant_IsRefused()
    {
        var (browser, clientId, _) = await SignedInBrowserAsync();
        var stranger = await service.RegisterAsync();
        var theirProject = await stranger.CreateProjectAsync(await stranger.CreateTeamAsync());
        var (_, challenge) = BrowserFlow.NewPkce();

        var answer = await browser.GetAsync(BrowserFlow.AuthorizeUrl(clientId, challenge, resource: $"{service.BaseUrl}mcp/projects/{theirProject}"));

        Assert.Equal("invalid_target", await AuthorizationErrorAsync(answer));
    }

    [Fact]
    public async Task Register_WithAPlainHttpRedirectToAnotherHost_IsRefused()
    {
        using var http = service.Anonymous();

        var error = await http.PostJsonAsync("/connect/register", new { redirect_uris = new[] { "http://evil.example.com/cb" }, token_endpoint_auth_method = "none" }, HttpStatusCode.BadRequest);

        Assert.Equal("invalid_redirect_uri", error.GetProperty("error").GetString());
    }

    /// <summary>An authorization error comes back on the redirect URI, or as the server's own error page when it cannot.</summary>
    private static async Task<string?> AuthorizationErrorAsync(HttpResponseMessage answer)
    {
        if (answer.Headers.Location is { } location)
        {
            return BrowserFlow.QueryValue(location, "error");
        }

        var body = await answer.Content.ReadAsStringAsync();
        return body.Split('\n').Select(l => l.Split(':', 2)).Where(p => p[0] == "error").Select(p => p[1]).FirstOrDefault();
    }

    private async Task<(HttpClient Browser, string ClientId, Guid ProjectId)> SignedInBrowserAsync()
    {
        var person = await service.RegisterAsync();
        var projectId = await person.CreateProjectAsync(await person.CreateTeamAsync());
        return (person.Http, await BrowserFlow.RegisterPublicClientAsync(service.Anonymous()), projectId);
    }

    private async Task<(string ClientId, System.Text.Json.JsonElement Tokens)> SignedInCodeFlowAsync()
    {
        var (browser, clientId, projectId) = await SignedInBrowserAsync();
        var (verifier, challenge) = BrowserFlow.NewPkce();
        var code = await BrowserFlow.ConsentAsync(browser, BrowserFlow.AuthorizeUrl(clientId, challenge, $"{service.BaseUrl}mcp/projects/{projectId}"), projectId);
        return (clientId, await BrowserFlow.RedeemAsync(service.Anonymous(), clientId, code, verifier));
    }
}
