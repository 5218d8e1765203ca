using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// A tool's answer: a one-line summary a person (or model) reads first, the data as JSON text for clients
/// without structured output, and the same data as <c>structuredContent</c>.
/// </summary>
internal static class ToolResult
{
    public static CallToolResult Of<T>(string summary, T data) where T : notnull
    {
        var element = JsonSerializer.SerializeToElement(data, McpJson.Options);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = summary }, new TextContentBlock { Text = element.GetRawText() }],
            StructuredContent = element,
        };
    }

    /// <summary>An answer that is text for the model to follow (prompts, markdown views), with its data alongside.</summary>
    public static CallToolResult Text<T>(string text, T data) where T : notnull => new()
    {
        Content = [new TextContentBlock { Text = text }],
        StructuredContent = JsonSerializer.SerializeToElement(data, McpJson.Options),
    };

    public static CallToolResult Error(string message, string hint) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = $"{message}\nHow to fix: {hint}" }],
    };
}
