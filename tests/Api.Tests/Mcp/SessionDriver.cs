using System.Text.Json;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>
/// A scripted agent: drives a session through the MCP tools, answering each command with what the script returns
/// for its step, and drives spawned child sessions the same way, until the session ends (bounded). Each accepted
/// result that carries the next command must carry the very command get_next_command then hands out.
/// </summary>
public sealed class SessionDriver(AgentConnection agent, Func<string, JsonElement, object> answer)
{
    public List<string> Steps { get; } = [];

    public async Task<JsonElement> DriveAsync(Guid sessionId, int maxSteps = 60)
    {
        JsonElement? carried = null;
        for (var i = 0; i < maxSteps; i++)
        {
            var next = await agent.CallAsync("get_next_command", new { session_id = sessionId });
            if (carried is { } expected)
            {
                Assert.Equal(expected.GetProperty("id").GetGuid(), next.GetProperty("interaction").GetProperty("id").GetGuid());
                Assert.Equal(expected.GetProperty("command").GetRawText(), next.GetProperty("interaction").GetProperty("command").GetRawText());
            }

            if (next.GetProperty("interaction").ValueKind == JsonValueKind.Null)
            {
                return await agent.CallAsync("get_session", new { session_id = sessionId });
            }

            var interaction = next.GetProperty("interaction");
            var command = interaction.GetProperty("command");
            var step = interaction.GetProperty("step_name").GetString()!;
            Steps.Add(step);
            if (command.GetProperty("command").GetString() == "spawn_sessions")
            {
                foreach (var child in command.GetProperty("metadata").GetProperty("child_session_ids").EnumerateArray())
                {
                    await DriveAsync(child.GetGuid(), maxSteps);
                }

                continue;
            }

            var outcome = await agent.CallAsync("submit_result", new { session_id = sessionId, interaction_id = interaction.GetProperty("id").GetGuid(), result = answer(step, command) });
            carried = outcome.GetProperty("next") is { ValueKind: JsonValueKind.Object } carries ? carries.GetProperty("interaction") : null;
        }

        throw new InvalidOperationException($"Session {sessionId} did not end within {maxSteps} steps: {string.Join(", ", Steps)}");
    }

    public async Task<Guid> StartAsync(string type, Guid componentId) =>
        (await agent.CallAsync("start_session", new { type, component_id = componentId })).GetProperty("id").GetGuid();
}
