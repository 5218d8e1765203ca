using CodeMySpec.TestSupport;

namespace CodeMySpec.Api.Tests.Fixtures;

/// <summary>The real service: a migrated database and one Silo process serving HTTP on loopback.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    public SiloProcess Silo { get; private set; } = null!;

    public string ConnectionString { get; private set; } = null!;

    public Uri BaseUrl => new(Silo.Url + "/");

    public async Task InitializeAsync()
    {
        ConnectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("api");
        var migrate = await SiloProcess.RunToExitAsync(["migrate"], Environment(), TimeSpan.FromSeconds(60));
        Assert.True(migrate.ExitCode == 0, migrate.Output);
        Silo = SiloProcess.StartService(Environment());
        await Silo.WaitUntilAsync("/health/ready", TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "api-silo.log"), Silo.Output);
    }

    public Dictionary<string, string?> Environment()
    {
        var environment = SiloProcess.Environment(ConnectionString, "api-tests", "api-" + Guid.NewGuid().ToString("N")[..6]);

        // Room for the access matrix's few hundred tool calls from one account; the rate-limit test still hits it.
        environment["Mcp__RequestsPerSecond"] = "20";
        environment["Mcp__Burst"] = "400";

        // Every test registers from loopback; RegistrationLimitTests checks the limit on silos of its own.
        environment["OAuth__RegistrationsPerMinute"] = "1000";
        return environment;
    }

    /// <summary>A client with no credentials that does not follow redirects (tests look at them).</summary>
    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseUrl };

    /// <summary>Registers a new person and returns their cookie-carrying browser-like client.</summary>
    public Task<Person> RegisterAsync() => Person.RegisterAsync(BaseUrl);
}
