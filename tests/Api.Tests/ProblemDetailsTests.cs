using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests;

/// <summary>Every refusal reaches an HTTP caller as ProblemDetails with the right status and a sentence saying what to fix.</summary>
[Collection(ServiceCollection.Name)]
public sealed class ProblemDetailsTests(ServiceFixture service)
{
    [Fact]
    public async Task InvalidInput_Is400WithTheErrorsPerField()
    {
        var person = await service.RegisterAsync();

        var response = await person.Http.PostAsync("/api/accounts", JsonBody(new { name = "", slug = "No" }));
        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.Contains("3 to 50 characters", problem.GetProperty("errors").GetProperty("slug")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakenSlug_Is409()
    {
        var person = await service.RegisterAsync();
        var slug = "taken-" + Guid.NewGuid().ToString("N")[..8];
        await person.Http.PostJsonAsync("/api/accounts", new { name = "First", slug }, HttpStatusCode.Created);

        var problem = await person.Http.PostJsonAsync("/api/accounts", new { name = "Second", slug }, HttpStatusCode.Conflict);

        Assert.Contains("taken", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPersonsAccount_Is403()
    {
        var owner = await service.RegisterAsync();
        var stranger = await service.RegisterAsync();

        var problem = await stranger.Http.GetJsonAsync($"/api/accounts/{owner.PersonalAccountId}", HttpStatusCode.Forbidden);

        Assert.Contains("not a member", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAccount_Is404()
    {
        var person = await service.RegisterAsync();

        await person.Http.GetJsonAsync($"/api/accounts/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownRoute_IsProblemDetailsToo()
    {
        var response = await service.Anonymous().GetAsync("/no/such/thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Root_DescribesTheServiceAndWhereToLook()
    {
        var root = await service.Anonymous().GetJsonAsync("/");

        Assert.Equal("CodeMySpec", root.GetProperty("name").GetString());
        Assert.Contains("/openapi/v1.json", root.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
    }

    private static StringContent JsonBody(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
