using System.Text.Json;

namespace CodeMySpec.Sessions;

/// <summary>
/// What agent hook events do besides being recorded: session_start names the agent's conversation (its
/// <c>session_id</c> or <c>conversation_id</c>), and each event says whether the agent is working, waiting or gone.
/// </summary>
internal static class SessionEvents
{
    public static AgentActivity Activity(SessionEventType type) => type switch
    {
        SessionEventType.SessionStart or SessionEventType.UserPromptSubmit or SessionEventType.PostToolUse => AgentActivity.Working,
        SessionEventType.Notification or SessionEventType.Stop => AgentActivity.Waiting,
        _ => AgentActivity.Ended,
    };

    public static string? ConversationId(SessionEventType type, string? data)
    {
        if (type != SessionEventType.SessionStart || string.IsNullOrWhiteSpace(data))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(data);
            var root = document.RootElement;
            foreach (var name in (string[])["session_id", "conversation_id", "external_conversation_id"])
            {
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    var id = value.GetString()!.Trim();
                    return id.Length is > 0 and <= 200 ? id : null;
                }
            }
        }
        catch (JsonException)
        {
            // Hook data that is not JSON is kept as sent; it just names no conversation.
        }

        return null;
    }
}
