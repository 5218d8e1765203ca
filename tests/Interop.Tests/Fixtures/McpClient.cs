using System.Text.Json;

namespace CodeMySpec.Interop.Tests.Fixtures;

/// <summary>
/// The official MCP TypeScript SDK client (tests/Interop/mcp-client.mjs): one run authorizes, connects
/// and performs the steps, and reports what happened as JSON.
/// </summary>
public static class McpClient
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static object AuthorizationCode(string email, string password, Guid projectId) =>
        new { kind = "authorization_code", email, password, projectId = projectId.ToString("D") };

    public static object ClientCredentials(string clientId, string clientSecret, string? scope = null) =>
        new { kind = "client_credentials", clientId, clientSecret, scope };

    public static object Bearer(string token) => new { kind = "bearer", token };

    /// <summary>No token at all (the conformance endpoint needs none).</summary>
    public static object None { get; } = new { kind = "none" };

    public static object ListTools() => new { method = "tools/list" };

    public static object Call(string name, object arguments) => new { method = "tools/call", name, arguments };

    public static object Get(string method, string? name = null, object? arguments = null, string? uri = null) =>
        new { method, name, arguments, uri };

    public static async Task<McpReport> RunAsync(Uri url, object auth, params object[] steps)
    {
        var request = JsonSerializer.Serialize(new { url = url.AbsoluteUri, auth, steps }, Options);
        var run = await Node.RunAsync(["mcp-client.mjs"], request, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"mcp-client.mjs exited with {run.ExitCode}:\n{run.Output}\n{run.Errors}");
        var report = new McpReport(JsonDocument.Parse(run.Output).RootElement.Clone(), run.Errors);
        Assert.False(report.Root.TryGetProperty("fatal", out var fatal), $"The client failed: {fatal}\n{run.Errors}");
        return report;
    }
}
