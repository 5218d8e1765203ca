using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// One agent in a closed loop over REST: starts a component_code session on its component and drives it until it is
/// complete, then starts the next one. A step is one command handed out plus its accepted result; its latency spans
/// both. By default the agent runs the command the accepted result carries (<c>next</c>) and asks
/// <c>next-command</c> only when there is none, as an MCP agent does; with <c>askNext</c> it asks every time.
/// </summary>
internal sealed class SimulatedAgent(HttpClient http, World world, Guid componentId, bool askNext)
{
    public List<long> StepTicks { get; } = new(capacity: 16_384);

    public int SessionsCompleted { get; private set; }

    public Guid? LastCompleted { get; private set; }

    public async Task RunAsync(long deadline)
    {
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var session = await SendAsync(HttpMethod.Post, world.Sessions, new { type = "component_code", component_id = componentId }, HttpStatusCode.Created);
            var sessionId = session.GetProperty("id").GetGuid();
            var testRuns = 0;
            JsonElement? carried = null;
            // Bounded: component_code takes six steps this way; anything past twenty is a failure of the run.
            for (var step = 0; step < 20; step++)
            {
                // A session in flight at the deadline is left there; it is not a failure.
                var before = Stopwatch.GetTimestamp();
                if (before >= deadline)
                {
                    return;
                }

                if (carried is not { } interaction)
                {
                    var next = await SendAsync(HttpMethod.Post, $"{world.Sessions}/{sessionId}/next-command", null, HttpStatusCode.OK);
                    if (next.GetProperty("interaction").ValueKind == JsonValueKind.Null)
                    {
                        Ended(sessionId, next.GetProperty("status").GetString(), next.GetProperty("message").GetString());
                        break;
                    }

                    interaction = next.GetProperty("interaction");
                }

                var name = interaction.GetProperty("step_name").GetString()!;
                testRuns += name == "run_tests" ? 1 : 0;
                var answer = AgentAnswers.For(name, interaction.GetProperty("command"), testRuns);
                var outcome = await SendAsync(HttpMethod.Post, $"{world.Sessions}/{sessionId}/interactions/{interaction.GetProperty("id").GetGuid()}/result", answer, HttpStatusCode.OK);
                StepTicks.Add(Stopwatch.GetTimestamp() - before);
                carried = !askNext && outcome.GetProperty("next") is { ValueKind: JsonValueKind.Object } carries ? carries.GetProperty("interaction") : null;
                if (outcome.GetProperty("status").GetString() is not "active" and var status)
                {
                    Ended(sessionId, status, outcome.GetProperty("failure_reason").ToString());
                    break;
                }
            }
        }
    }

    private void Ended(Guid sessionId, string? status, string? message)
    {
        if (status != "complete")
        {
            throw new InvalidOperationException($"Session {sessionId} ended {status}: {message}");
        }

        SessionsCompleted++;
        LastCompleted = sessionId;
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", world.AccessToken);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {method} {path}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
