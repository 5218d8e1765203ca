using System.ComponentModel;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// The trivial tool of the baseline endpoint: the benchmark's yardstick for what the MCP transport alone costs in
/// this process. It exists only where <c>Mcp:Baseline:Enabled</c> maps the endpoint.
/// </summary>
[McpServerToolType, Toolset(Toolsets.Baseline)]
internal sealed class BaselineTools
{
    [McpServerTool(Name = "echo", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Returns the text it was given.")]
    public static string Echo([Description("Any text.")] string text) => text;
}
