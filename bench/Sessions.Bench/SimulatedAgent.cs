using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// One agent in a closed loop over REST: starts a component_code session on its component, then asks for the next
/// command and submits its result until the session is complete, and starts the next one. A step is one
/// next-command request plus its accepted result; its latency spans both.
/// </summary>
internal sealed class SimulatedAgent(HttpClient http, World world, Guid componentId)
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
            // Bounded: component_code takes six steps this way; anything past twenty is a failure of the run.
            for (var step = 0; step < 20; step++)
            {
                // A session in flight at the deadline is left there; it is not a failure.
                var before = Stopwatch.GetTimestamp();
                if (before >= deadline)
                {
                    return;
                }

                var next = await SendAsync(HttpMethod.Post, $"{world.Sessions}/{sessionId}/next-command", null, HttpStatusCode.OK);
                if (next.GetProperty("interaction").ValueKind == JsonValueKind.Null)
                {
                    var status = next.GetProperty("status").GetString();
                    if (status != "complete")
                    {
                        throw new InvalidOperationException($"Session {sessionId} ended {status}: {next.GetProperty("message").GetString()}");
                    }

                    SessionsCompleted++;
                    LastCompleted = sessionId;
                    break;
                }

                var interaction = next.GetProperty("interaction");
                var name = interaction.GetProperty("step_name").GetString()!;
                testRuns += name == "run_tests" ? 1 : 0;
                var answer = AgentAnswers.For(name, interaction.GetProperty("command"), testRuns);
                await SendAsync(HttpMethod.Post, $"{world.Sessions}/{sessionId}/interactions/{interaction.GetProperty("id").GetGuid()}/result", answer, HttpStatusCode.OK);
                StepTicks.Add(Stopwatch.GetTimestamp() - before);
            }
        }
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
