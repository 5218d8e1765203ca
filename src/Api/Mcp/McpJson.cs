using System.Text.Json;
using System.Text.Json.Serialization;
using ModelContextProtocol;

namespace CodeMySpec.Api.Mcp;

/// <summary>JSON for tool arguments and results: the same snake_case names and enum strings as the REST API.</summary>
internal static class McpJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(McpJsonUtilities.DefaultOptions)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,

            // Output schemas list every property as required, so nulls are written, not left out.
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };

        // Ahead of the SDK's own enum converter, so enums read and write as "in_progress", not "InProgress".
        options.Converters.Insert(0, new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
