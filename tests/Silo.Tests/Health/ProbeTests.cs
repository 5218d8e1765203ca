using System.Net;
using System.Text.Json;
using CodeMySpec.Silo.Tests.Fixtures;
using CodeMySpec.TestSupport;

namespace CodeMySpec.Silo.Tests.Health;

public sealed class ProbeTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Probes_OnceTheSiloJoined_AllAnswerHealthy()
    {
        await using var silo = SiloProcess.StartService(Databases.Environment(await Databases.MigratedAsync()));
        await silo.WaitUntilAsync("/health/startup", StartTimeout);
        using var http = new HttpClient { BaseAddress = new Uri(silo.Url) };

        using var ready = await http.GetAsync("/health/ready");
        using var live = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("cluster").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Sigterm_TurnsReadinessOffFirst_ThenTheSiloLeavesTheClusterAndExitsCleanly()
    {
        var connectionString = await Databases.MigratedAsync();
        var environment = Databases.Environment(connectionString);
        environment["Orleans__DrainDelay"] = "00:00:04";
        environment["Orleans__ShutdownTimeout"] = "00:00:30";
        await using var silo = SiloProcess.StartService(environment);
        await silo.WaitUntilAsync("/health/ready", StartTimeout);
        using var http = new HttpClient { BaseAddress = new Uri(silo.Url), Timeout = TimeSpan.FromSeconds(2) };

        silo.Terminate();
        var readyDuringDrain = await PollAsync(http, "/health/ready", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(3));
        using var liveDuringDrain = await http.GetAsync("/health/live");
        var exited = await silo.WaitForExitAsync(TimeSpan.FromSeconds(40));

        Assert.True(readyDuringDrain, "readiness did not turn 503 during the drain:\n" + silo.Output);
        Assert.Equal(HttpStatusCode.OK, liveDuringDrain.StatusCode);
        Assert.True(exited, silo.Output);
        Assert.Equal(0, silo.ExitCode);
        var status = await Databases.ScalarAsync<int>(connectionString,
            $"SELECT status FROM orleans_membership WHERE silo_name = '{environment["Orleans__SiloName"]}'");
        Assert.Equal(6, status); // Dead: the silo announced its own departure.
    }

    private static async Task<bool> PollAsync(HttpClient http, string path, HttpStatusCode expected, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync(path);
            if (response.StatusCode == expected)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
