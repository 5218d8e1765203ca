using System.ComponentModel.DataAnnotations;

namespace CodeMySpec.Api.Mcp;

/// <summary>The <c>Mcp</c> configuration section: the agent-facing gateway's guards.</summary>
public sealed class McpSettings
{
    public const string Section = "Mcp";

    /// <summary>
    /// Host names the gateway answers to (DNS-rebinding protection). Empty: the issuer's host when
    /// <c>OAuth:Issuer</c> is set, else loopback names only.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Browser origins allowed to call the gateway; requests without an Origin header (agents) are always allowed.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The largest JSON-RPC message accepted, in bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests each account may make per second on one silo (steady rate).</summary>
    [Range(1, 100_000)]
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>Requests each account may make in a burst above the steady rate.</summary>
    [Range(1, 100_000)]
    public int Burst { get; set; } = 200;
}
