using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// A tool that lists its output schema but builds its own <see cref="CallToolResult"/> (summary, JSON text and
/// <c>structuredContent</c>, see <see cref="ToolResult"/>). The SDK (2.3.1) serializes the whole result again
/// on every call of a tool that declares an output schema, only to throw that copy away when the tool returned
/// a <see cref="CallToolResult"/>; the wrapped tool is invoked without a schema, so that copy is never made.
/// </summary>
internal sealed class StructuredResultTool : DelegatingMcpServerTool
{
    private readonly Tool _listed;

    private StructuredResultTool(McpServerTool inner, Tool listed) : base(inner) => _listed = listed;

    public override Tool ProtocolTool => _listed;

    public static McpServerTool Wrap(McpServerTool tool)
    {
        var invoked = tool.ProtocolTool;
        if (invoked.OutputSchema is null)
        {
            return tool;
        }

        var listed = new Tool
        {
            Name = invoked.Name,
            Title = invoked.Title,
            Description = invoked.Description,
            InputSchema = invoked.InputSchema,
            OutputSchema = invoked.OutputSchema,
            Annotations = invoked.Annotations,
            Icons = invoked.Icons,
            Meta = invoked.Meta,
        };
        invoked.OutputSchema = null;
        return new StructuredResultTool(tool, listed);
    }
}
