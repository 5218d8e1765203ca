namespace CodeMySpec.Api.Demo;

/// <summary>The <c>Demo</c> section: scripts/run.sh turns the seed on for local development only.</summary>
public sealed class DemoSettings
{
    public const string Section = "Demo";

    public bool Seed { get; set; }

    /// <summary>Where the credentials are written (and read back on the next run, to stay the same).</summary>
    public string CredentialsFile { get; set; } = ".data/dev-credentials.json";

    /// <summary>The URL people and agents use, as printed; from the server's own address when empty.</summary>
    public string? BaseUrl { get; set; }
}
