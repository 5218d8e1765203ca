using System.Runtime.CompilerServices;
using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// A tool's answer: a one-line summary a person (or model) reads first, the data as JSON text for clients
/// without structured output, and the same data as <c>structuredContent</c>.
/// </summary>
internal static class ToolResult
{
    public static CallToolResult Of<T>(string summary, T data) where T : notnull => Of(summary, Serialize(data));

    /// <summary>
    /// The same answer for data a grain holds and hands out as the same immutable instance until it changes (a
    /// story): its JSON is made once per instance and kept alongside it, so repeated reads do not serialize it again.
    /// The grain call still happens on every read, so every caller is still checked by the grain.
    /// </summary>
    public static CallToolResult OfHeld<T>(string summary, T data) where T : class
    {
        if (!Held.TryGetValue(data, out var json))
        {
            json = Serialize(data);
            Held.AddOrUpdate(data, json);
        }

        return Of(summary, json);
    }

    private static CallToolResult Of(string summary, Json json) => new()
    {
        Content = [new TextContentBlock { Text = summary }, new TextContentBlock { Text = json.Text }],
        StructuredContent = json.Element,
    };

    private static Json Serialize<T>(T data) where T : notnull
    {
        var element = JsonSerializer.SerializeToElement(data, McpJson.Options);
        return new Json(element, element.GetRawText());
    }

    // Keyed by the instance, so an entry lives exactly as long as the data it was made from.
    private static readonly ConditionalWeakTable<object, Json> Held = new();

    /// <summary>Data as <c>structuredContent</c> and as JSON text; both are immutable, so answers may share them.</summary>
    private sealed record Json(JsonElement Element, string Text);

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
