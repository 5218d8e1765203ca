using System.Text.Json;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// What a simulated agent submits for each component_code step, the same results the API tests' scripted agent
/// submits: ok for every command, and for run_tests an ExUnit-style report of the step's test file that fails the
/// first time and passes the second (fail → fix → pass).
/// </summary>
internal static class AgentAnswers
{
    private static readonly string[] Assertions = ["returns the user", "returns nil when missing"];

    public static object For(string step, JsonElement command, int testRuns) => step == "run_tests"
        ? new { status = "ok", data = (string?)Report(command.GetProperty("metadata").GetProperty("path").GetString() ?? "", pass: testRuns > 1), code = 0, duration_ms = 1200 }
        : new { status = "ok", data = (string?)null, code = 0, duration_ms = 1200 };

    private static string Report(string file, bool pass) => pass
        ? JsonSerializer.Serialize(new { stats = new { tests = 2 }, tests = Assertions.Select(a => new { title = a, fullTitle = a, file }), failures = Array.Empty<object>(), pending = Array.Empty<object>() })
        : JsonSerializer.Serialize(new
        {
            stats = new { tests = 2 },
            tests = Assertions.Select(a => new { title = a, fullTitle = a, file }),
            failures = Assertions.Select(a => new { title = a, fullTitle = a, err = new { message = "undefined function get/1", file, line = 3 } }),
            pending = Array.Empty<object>(),
        });
}
