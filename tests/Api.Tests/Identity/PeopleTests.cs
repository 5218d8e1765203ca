using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Identity;

[Collection(ServiceCollection.Name)]
public sealed class PeopleTests(ServiceFixture service)
{
    [Fact]
    public async Task Register_CreatesThePersonWithAPersonalAccountTheyOwn()
    {
        var person = await service.RegisterAsync();

        var me = await person.Http.GetJsonAsync("/api/me");
        var account = await person.Http.GetJsonAsync($"/api/accounts/{person.PersonalAccountId}");

        Assert.Equal("person", me.GetProperty("kind").GetString());
        Assert.Equal(person.Email, me.GetProperty("email").GetString());
        Assert.Equal("personal", account.GetProperty("type").GetString());
        var owner = Assert.Single(account.GetProperty("members").EnumerateArray());
        Assert.Equal((person.UserId, "owner"), (owner.GetGuid("user_id"), owner.GetProperty("role").GetString()));
    }

    [Theory]
    [InlineData("not-an-email", "correct horse battery", "email")]
    [InlineData("x@example.com", "short", "password")]
    public async Task Register_WithBadInput_SaysWhichFieldIsWrong(string email, string password, string field)
    {
        using var http = service.Anonymous();

        var problem = await http.PostJsonAsync("/api/auth/register", new { email = email.Replace("x@", $"{Guid.NewGuid():N}@"), password }, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Register_WithAnEmailAlreadyRegistered_IsAConflict()
    {
        var person = await service.RegisterAsync();
        using var http = service.Anonymous();

        var problem = await http.PostJsonAsync("/api/auth/register", new { email = person.Email, password = "another good password" }, HttpStatusCode.Conflict);

        Assert.Contains("taken", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_IsRefusedWithoutACookie()
    {
        var person = await service.RegisterAsync();
        using var http = service.Anonymous();

        var response = await http.PostAsync("/api/auth/login", JsonContent(new { email = person.Email, password = "wrong password!!" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ChangePassword_ThenOnlyTheNewPasswordSignsIn()
    {
        var person = await service.RegisterAsync();
        await person.Http.PostJsonAsync("/api/auth/password", new { current_password = person.Password, new_password = "a brand new secret" }, HttpStatusCode.NoContent);
        using var http = service.Anonymous();

        var old = await http.PostAsync("/api/auth/login", JsonContent(new { email = person.Email, password = person.Password }));
        var fresh = await http.PostAsync("/api/auth/login", JsonContent(new { email = person.Email, password = "a brand new secret" }));

        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var person = await service.RegisterAsync();

        await person.Http.PostJsonAsync("/api/auth/logout", new { }, HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.Unauthorized, (await person.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Me_WithoutCredentials_IsUnauthorized()
    {
        using var http = service.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/me")).StatusCode);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
