using System.Text.Json;

namespace CodeMySpec.Interop.Tests.Fixtures;

/// <summary>What the SDK client reported: authorization, connection and one entry per step.</summary>
public sealed record McpReport(JsonElement Root, string Errors)
{
    public bool Connected => Root.GetProperty("connected").GetBoolean();

    public JsonElement Auth => Root.GetProperty("auth");

    public JsonElement Unauthenticated => Root.GetProperty("unauthenticated");

    public string? ConnectError => Root.TryGetProperty("connectError", out var error) ? error.GetProperty("message").GetString() : null;

    /// <summary>The HTTP status that refused the connection, as the SDK's transport reports it.</summary>
    public int? ConnectStatus => Root.TryGetProperty("connectError", out var error) && error.TryGetProperty("code", out var code)
        && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : null;

    /// <summary>The result of a step that must have succeeded at the protocol level (a tool error is still a result).</summary>
    public JsonElement Result(int step)
    {
        Assert.True(Connected, $"Not connected: {ConnectError}\n{this}");
        var entry = Root.GetProperty("steps")[step];
        Assert.True(entry.GetProperty("ok").GetBoolean(), $"Step {step} failed: {entry}");
        return entry.GetProperty("result");
    }

    /// <summary>A tools/call result that is not an error; returns its structured content.</summary>
    public JsonElement Success(int step)
    {
        var result = Result(step);
        Assert.False(IsError(result), $"Step {step} is a tool error: {result}");
        return result.GetProperty("structuredContent");
    }

    /// <summary>A tools/call result that is an error; returns its text.</summary>
    public string ToolError(int step)
    {
        var result = Result(step);
        Assert.True(IsError(result), $"Step {step} should be a tool error: {result}");
        return string.Concat(result.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
    }

    public IReadOnlyList<string> ToolNames(int step) =>
        [.. Result(step).GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()!)];

    public override string ToString() => Root.ToString() + "\n" + Errors;

    private static bool IsError(JsonElement result) => result.TryGetProperty("isError", out var e) && e.ValueKind == JsonValueKind.True;
}
