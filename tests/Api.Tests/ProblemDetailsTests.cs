using System.Net;
using System.Text.Json;
using CodeMySpec.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeMySpec.Api.Tests;

/// <summary>A grain's refusal reaches an HTTP caller as ProblemDetails with the right status and its explanation.</summary>
public sealed class ProblemDetailsTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddCodeMySpecApi();
        _app = builder.Build();
        _app.MapCodeMySpecApi();
        _app.MapGet("/refuse/{kind}", Refuse);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private static IResult Refuse(DomainErrorKind kind) => throw (kind switch
    {
        DomainErrorKind.Validation => DomainException.Invalid("slug", "Use 3 to 50 characters."),
        DomainErrorKind.Forbidden => DomainException.Forbidden("Your role does not allow this."),
        DomainErrorKind.NotFound => DomainException.NotFound("Project 42 was not found."),
        _ => DomainException.Conflict("The slug 'acme' is taken."),
    });

    [Theory]
    [InlineData(DomainErrorKind.Validation, HttpStatusCode.BadRequest, "slug: Use 3 to 50 characters.")]
    [InlineData(DomainErrorKind.Forbidden, HttpStatusCode.Forbidden, "Your role does not allow this.")]
    [InlineData(DomainErrorKind.NotFound, HttpStatusCode.NotFound, "Project 42 was not found.")]
    [InlineData(DomainErrorKind.Conflict, HttpStatusCode.Conflict, "The slug 'acme' is taken.")]
    public async Task Refusal_ReachesTheCallerAsProblemDetails(DomainErrorKind kind, HttpStatusCode status, string detail)
    {
        using var response = await _http.GetAsync($"/refuse/{kind}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, body.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detail, body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_OfInvalidInput_ListsTheErrorsPerField()
    {
        using var response = await _http.GetAsync("/refuse/Validation");

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Use 3 to 50 characters.", body.RootElement.GetProperty("errors").GetProperty("slug")[0].GetString());
    }

    [Fact]
    public async Task UnknownRoute_AnswersProblemDetailsToo()
    {
        using var response = await _http.GetAsync("/no/such/thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Root_DescribesTheServiceAndItsProbes()
    {
        using var body = JsonDocument.Parse(await _http.GetStringAsync("/"));

        Assert.Equal("CodeMySpec", body.RootElement.GetProperty("name").GetString());
        Assert.Contains("/health/ready", body.RootElement.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
    }
}
