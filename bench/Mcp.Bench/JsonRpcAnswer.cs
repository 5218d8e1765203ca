using System.Text;
using System.Text.Json;

namespace CodeMySpec.Bench.Mcp;

/// <summary>Finds the JSON-RPC response in a Streamable HTTP answer: a JSON body, or the <c>data:</c> lines of an
/// SSE stream (where notifications may come first, so the response is the event carrying a result or an error).
/// It reads the UTF-8 bytes as they came, without making strings of them: the load generator shares the machine
/// with the silo, and what it spends on a larger answer would count against the scenario that gets it.</summary>
internal static class JsonRpcAnswer
{
    private static readonly byte[] EventSeparator = "\n\n"u8.ToArray();
    private static readonly byte[] DataField = "data:"u8.ToArray();

    /// <summary>The response message, or null; the caller disposes the document.</summary>
    public static JsonDocument? Parse(string? mediaType, ReadOnlyMemory<byte> body)
    {
        if (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return TryParse(body);
        }

        if (!string.Equals(mediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = body;
        while (!rest.IsEmpty)
        {
            var end = rest.Span.IndexOf(EventSeparator);
            var evt = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + EventSeparator.Length)..];
            if (Data(evt) is { IsEmpty: false } data && TryParse(data) is { } message)
            {
                if (message.RootElement.TryGetProperty("result", out _) || message.RootElement.TryGetProperty("error", out _))
                {
                    return message;
                }

                message.Dispose();
            }
        }

        return null;
    }

    /// <summary>The event's data: one <c>data:</c> line as it is; several joined with newlines, as SSE defines.</summary>
    private static ReadOnlyMemory<byte> Data(ReadOnlyMemory<byte> evt)
    {
        List<ReadOnlyMemory<byte>> lines = [];
        var rest = evt;
        while (!rest.IsEmpty)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            if (line.Span.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            if (line.Span.StartsWith(DataField))
            {
                var value = line[DataField.Length..];
                lines.Add(value.Span.StartsWith(" "u8) ? value[1..] : value);
            }
        }

        if (lines.Count <= 1)
        {
            return lines.Count == 0 ? ReadOnlyMemory<byte>.Empty : lines[0];
        }

        var joined = new List<byte>();
        foreach (var line in lines)
        {
            if (joined.Count > 0)
            {
                joined.Add((byte)'\n');
            }

            joined.AddRange(line.Span);
        }

        return joined.ToArray();
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> json)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The body as text, for an error message only.</summary>
    public static string Text(ReadOnlyMemory<byte> body) => Encoding.UTF8.GetString(body.Span);
}
