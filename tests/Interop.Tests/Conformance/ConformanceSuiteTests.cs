using System.Text.Json;
using System.Text.RegularExpressions;
using CodeMySpec.Interop.Tests.Fixtures;

namespace CodeMySpec.Interop.Tests.Conformance;

/// <summary>
/// The MCP conformance suite (@modelcontextprotocol/conformance, pinned in tests/Interop/package.json)
/// against the conformance endpoint. Scenarios for features the product does not offer are listed, each
/// with its reason, in tests/Interop/conformance-expected-failures.yml. The suite fails on a scenario
/// that fails and is not listed, and on a listed one that passes, so the list stays honest.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class ConformanceSuiteTests(InteropService service)
{
    [Fact]
    public async Task ServerScenarios_AllPassExceptTheListedOnes()
    {
        var results = Path.Combine(Path.GetTempPath(), "codemyspec-conformance-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await Node.RunAsync(
                [
                    "node_modules/@modelcontextprotocol/conformance/dist/index.js", "server",
                    "--url", service.ConformanceUrl.AbsoluteUri,
                    "--expected-failures", "conformance-expected-failures.yml",
                    "--output-dir", results,
                ],
                input: null,
                TimeSpan.FromMinutes(5));
            Assert.True(run.ExitCode == 0,
                $"The conformance suite exited with {run.ExitCode}:\n{Plain(run.Output)}\n{Plain(run.Errors)}\nChecks that did not succeed:\n{FailedChecks(results)}");
        }
        finally
        {
            if (Directory.Exists(results))
            {
                Directory.Delete(results, recursive: true);
            }
        }
    }

    /// <summary>The suite colours its summary even into a pipe.</summary>
    private static string Plain(string text) => Regex.Replace(text, @"\x1B\[[0-9;]*m", "");

    /// <summary>Each scenario's failed and warning checks with the suite's message: what to fix, or why it is listed.</summary>
    private static string FailedChecks(string results)
    {
        if (!Directory.Exists(results))
        {
            return "(no results)";
        }

        var lines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(results, "checks.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // Folders are named server-<scenario>-<timestamp>.
            var scenario = Regex.Replace(Path.GetFileName(Path.GetDirectoryName(file))!, @"^server-(.*)-\d{4}-\d\d-\d\dT.*$", "$1");
            foreach (var check in JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray())
            {
                var status = check.GetProperty("status").GetString();
                if (status is "FAILURE" or "WARNING")
                {
                    var message = check.TryGetProperty("errorMessage", out var m) ? m.GetString() : check.GetProperty("description").GetString();
                    lines.Add($"  {scenario}: {status} {check.GetProperty("id").GetString()}: {message}");
                }
            }
        }

        return string.Join('\n', lines);
    }
}
