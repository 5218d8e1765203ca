using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CodeMySpec.Bench.Mcp;

/// <summary>
/// One kind of MCP request to measure: a JSON-RPC message POSTed as a Streamable HTTP client sends it (the
/// server is stateless, so no session and no initialize per request), and the check that proves the answer is
/// the one meant. A JSON-RPC error, a tool error or a wrong result counts as unexpected.
/// </summary>
internal sealed class McpCall(string key, string title, string path, string? bearerToken, string method, object? parameters, Func<JsonElement, string?> checkResult)
{
    public const string ProtocolVersion = "2025-06-18";

    private static long s_nextId;
    private readonly string _method = JsonSerializer.Serialize(method);
    private readonly string _params = parameters is null ? "" : ",\"params\":" + JsonSerializer.Serialize(parameters);

    // Sent as it is on every request, as a client that holds a token does: not parsed and formatted again each time.
    private readonly string? _authorization = bearerToken is null ? null : "Bearer " + bearerToken;

    public string Key => key;

    public string Title => title;

    public HttpRequestMessage NewRequest()
    {
        var id = Interlocked.Increment(ref s_nextId);
        var body = $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":{_method}{_params}}}";
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("MCP-Protocol-Version", ProtocolVersion);
        if (_authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        }

        return request;
    }

    /// <summary>Null when the answer is the expected result, else what is wrong with it.</summary>
    public string? Check(HttpResponseMessage response, ReadOnlyMemory<byte> body)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"HTTP {(int)response.StatusCode}: {Shorten(JsonRpcAnswer.Text(body))}";
        }

        using var document = JsonRpcAnswer.Parse(response.Content.Headers.ContentType?.MediaType, body);
        if (document is null)
        {
            return $"no JSON-RPC response in: {Shorten(JsonRpcAnswer.Text(body))}";
        }

        var message = document.RootElement;

        if (message.TryGetProperty("error", out var error))
        {
            return $"JSON-RPC error {error}";
        }

        if (!message.TryGetProperty("result", out var result))
        {
            return $"no result in {Shorten(message.ToString())}";
        }

        if (result.TryGetProperty("isError", out var isError) && isError.ValueKind == JsonValueKind.True)
        {
            return $"tool error {Shorten(result.ToString())}";
        }

        return checkResult(result);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
