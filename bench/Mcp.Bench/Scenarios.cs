using System.Text.Json;

namespace CodeMySpec.Bench.Mcp;

/// <summary>The requests measured: (a) the authenticated read tool, (b) the trivial baseline tool, and, for a
/// breakdown of where (a)'s cost goes, variants that leave out one part of it at a time.</summary>
internal static class Scenarios
{
    private const string EchoText = "ping";

    public static McpCall GetStory(World world) => new("a", "tools/call get_story, bearer token, project endpoint", world.McpPath, world.AccessToken,
        "tools/call", new { name = "get_story", arguments = new { story_id = world.StoryId } },
        result => result.TryGetProperty("structuredContent", out var story) && story.GetProperty("id").GetGuid() == world.StoryId
            && story.GetProperty("title").GetString() == world.StoryTitle ? null : $"not the story: {result}");

    public static McpCall Echo() => new("b", "tools/call echo, no token, baseline endpoint", "/mcp/baseline", null,
        "tools/call", new { name = "echo", arguments = new { text = EchoText } },
        result => FirstText(result) == EchoText ? null : $"not the echo: {result}");

    /// <summary>Variants of (a): the same gate and token with less work behind it, and the baseline with more.</summary>
    public static IEnumerable<McpCall> Breakdown(World world) =>
    [
        new("a2", "tools/call list_story_titles (index grain), bearer token", world.McpPath, world.AccessToken,
            "tools/call", new { name = "list_story_titles", arguments = new { } },
            result => result.GetProperty("structuredContent").GetProperty("titles").EnumerateArray().Any(t => t.GetString() == world.StoryTitle)
                ? null : $"no title: {result}"),
        new("a3", "ping (no tool), bearer token, project endpoint", world.McpPath, world.AccessToken, "ping", null, _ => null),
        new("a4", "tools/list, bearer token, project endpoint", world.McpPath, world.AccessToken, "tools/list", null,
            result => result.GetProperty("tools").GetArrayLength() > 1 ? null : $"too few tools: {result}"),
        new("b3", "ping (no tool), no token, baseline endpoint", "/mcp/baseline", null, "ping", null, _ => null),
    ];

    private static string? FirstText(JsonElement result) =>
        result.TryGetProperty("content", out var content) && content.GetArrayLength() > 0 ? content[0].GetProperty("text").GetString() : null;
}
