using System.Diagnostics;
using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;
using CodeMySpec.TestSupport;

namespace CodeMySpec.Interop.Tests.Fixtures;

/// <summary>
/// The real service for outside clients: a migrated database and one Silo process on loopback, with the
/// demo seed (the conformance endpoint acts as the demo agent on the demo project) and the conformance
/// endpoint turned on.
/// </summary>
public sealed class InteropService : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "codemyspec-interop-" + Guid.NewGuid().ToString("N")[..8]);

    public SiloProcess Silo { get; private set; } = null!;

    public Uri BaseUrl => new(Silo.Url + "/");

    /// <summary>The demo seed's credentials file, as a developer's agent would read it.</summary>
    public JsonElement Demo { get; private set; }

    public Uri ConformanceUrl => new(BaseUrl, "mcp/conformance");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("interop");
        var environment = SiloProcess.Environment(connectionString, "interop-tests", "interop-" + Guid.NewGuid().ToString("N")[..6]);
        var migrate = await SiloProcess.RunToExitAsync(["migrate"], environment, TimeSpan.FromSeconds(60));
        Assert.True(migrate.ExitCode == 0, migrate.Output);

        var credentials = Path.Combine(_directory, "dev-credentials.json");
        environment["Demo__Seed"] = "true";
        environment["Demo__CredentialsFile"] = credentials;
        environment["Mcp__Conformance__Enabled"] = "true";
        Silo = SiloProcess.StartService(environment);
        await Silo.WaitUntilAsync("/health/ready", TimeSpan.FromSeconds(60));
        Demo = await ReadCredentialsAsync(credentials, TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "interop-silo.log"), Silo.Output);
        }

        Directory.Delete(_directory, recursive: true);
    }

    public Uri ProjectUrl(Guid projectId, string? toolsets = null) =>
        new(BaseUrl, $"mcp/projects/{projectId:D}" + (toolsets is null ? "" : "?toolsets=" + toolsets));

    public Task<Person> RegisterAsync() => Person.RegisterAsync(BaseUrl);

    /// <summary>The seed writes the file once the silo has joined, shortly after readiness.</summary>
    private async Task<JsonElement> ReadCredentialsAsync(string path, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                return JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement.Clone();
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"The demo seed wrote no {path} within {timeout}:\n{Silo.Output}");
    }
}
