using CodeMySpec.Silo.Tests.Fixtures;
using CodeMySpec.TestSupport;

namespace CodeMySpec.Silo.Tests.Startup;

/// <summary>A silo that cannot run says so at once, naming the setting to fix, and exits non-zero.</summary>
public sealed class BadSettingsTests
{
    [Fact]
    public async Task Start_WithoutAConnectionString_ExitsNamingTheSetting()
    {
        var environment = Databases.Environment("");

        var silo = await RunServiceAsync(environment);

        Assert.Equal(2, silo.ExitCode);
        Assert.Contains("The setting 'ConnectionStrings:Postgres' is missing", silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAMalformedConnectionString_ExitsNamingTheSetting()
    {
        var silo = await RunServiceAsync(Databases.Environment("this is not a connection string"));

        Assert.Equal(2, silo.ExitCode);
        Assert.Contains("The setting 'ConnectionStrings:Postgres' is malformed", silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAnUnreachableDatabase_ExitsNamingTheSettingAndTheAddress()
    {
        var port = FreePort.Next();
        var environment = Databases.Environment($"Host=127.0.0.1;Port={port};Database=nowhere;Username=x;Password=y");
        environment["Database__StartupTimeout"] = "00:00:03";

        var silo = await RunServiceAsync(environment);

        Assert.Equal(2, silo.ExitCode);
        Assert.Contains($"Cannot reach PostgreSQL at 127.0.0.1:{port}/nowhere (setting 'ConnectionStrings:Postgres')", silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAWrongPassword_ExitsNamingTheSetting()
    {
        var connectionString = await Databases.MigratedAsync();
        var silo = await RunServiceAsync(Databases.Environment(connectionString + ";Password=wrong"));

        Assert.Equal(2, silo.ExitCode);
        Assert.Contains("(setting 'ConnectionStrings:Postgres')", silo.Output, StringComparison.Ordinal);
        Assert.Contains("password authentication failed", silo.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orleans__SiloPort", "eleven", "Orleans:SiloPort")]
    [InlineData("Orleans__SiloPort", "70000", "'Orleans:SiloPort' is invalid")]
    [InlineData("Orleans__AdvertisedIPAddress", "not-an-ip", "'Orleans:AdvertisedIPAddress' is invalid: 'not-an-ip' is not an IP address")]
    [InlineData("Orleans__ClusterId", "two words", "'Orleans:ClusterId' is invalid")]
    [InlineData("Invitations__ExpirySweepPeriod", "00:00:10", "'Invitations:ExpirySweepPeriod' is invalid: Use a period from 00:01:00")]
    [InlineData("OAuth__RegistrationsPerMinute", "0", "RegistrationsPerMinute must be between 1 and 100000")]
    [InlineData("Http__TrustedProxies", "10.0.0.0/8, proxy.internal", "Http:TrustedProxies (Http__TrustedProxies): 'proxy.internal' is neither an IP address")]
    public async Task Start_WithABadOrleansSetting_ExitsNamingIt(string key, string value, string expected)
    {
        var environment = Databases.Environment(await Databases.MigratedAsync());
        environment[key] = value;

        var silo = await RunServiceAsync(environment);

        Assert.Equal(2, silo.ExitCode);
        Assert.Contains(expected, silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnAnUnmigratedDatabase_RefusesAndCreatesNoTable()
    {
        var connectionString = await Databases.EmptyAsync();

        var silo = await RunServiceAsync(Databases.Environment(connectionString));

        Assert.Equal(2, silo.ExitCode);
        Assert.Contains("Run 'CodeMySpec.Silo migrate' first", silo.Output, StringComparison.Ordinal);
        Assert.Equal(0L, await Databases.ScalarAsync<long>(connectionString, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    private static Task<SiloProcess> RunServiceAsync(Dictionary<string, string?> environment) =>
        SiloProcess.RunToExitAsync(["--urls", $"http://127.0.0.1:{FreePort.Next()}"], environment, TimeSpan.FromSeconds(60));
}
