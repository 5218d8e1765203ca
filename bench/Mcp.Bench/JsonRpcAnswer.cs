using System.Text.Json;

namespace CodeMySpec.Bench.Mcp;

/// <summary>Finds the JSON-RPC response in a Streamable HTTP answer: a JSON body, or the <c>data:</c> lines of an
/// SSE stream (where notifications may come first, so the response is the event carrying a result or an error).</summary>
internal static class JsonRpcAnswer
{
    public static JsonElement? Parse(string? mediaType, string body)
    {
        if (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return TryParse(body);
        }

        if (!string.Equals(mediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var evt in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var data = string.Join('\n', evt.Split('\n')
                .Where(line => line.StartsWith("data:", StringComparison.Ordinal))
                .Select(line => line[5..].TrimStart(' ').TrimEnd('\r')));
            if (data.Length > 0 && TryParse(data) is { } message && (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _)))
            {
                return message;
            }
        }

        return null;
    }

    private static JsonElement? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
