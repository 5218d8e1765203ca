using System.Text.Json;

namespace CodeMySpec.Sessions;

/// <summary>
/// ExUnit/Mocha-style JSON: <c>{"stats": {…}, "tests": [{title, fullTitle, file?}], "failures": [{title, fullTitle,
/// err: {message, file, line}}], "pending": […]}</c>. Tests listed under failures failed, under pending were skipped,
/// the others passed.
/// </summary>
internal static class JsonTestReport
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static (TestRun? Run, string? Error) Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            return (null, $"The JSON test report is malformed or truncated{where}: {e.Message.Split(" Path:")[0]}");
        }
    }

    private static (TestRun? Run, string? Error) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "The JSON test report must be an object with 'tests', 'failures' and 'pending' arrays.");
        }

        var (tests, testsError) = Array(root, "tests");
        var (failures, failuresError) = Array(root, "failures");
        var (pending, pendingError) = Array(root, "pending");
        if ((testsError ?? failuresError ?? pendingError) is { } error)
        {
            return (null, error);
        }

        if (tests is null && failures is null)
        {
            return (null, "The JSON test report has neither a 'tests' nor a 'failures' array; is it the report of the JSON formatter?");
        }

        var results = new Dictionary<string, TestCaseResult>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(TestCaseResult test)
        {
            if (!results.ContainsKey(test.FullTitle))
            {
                order.Add(test.FullTitle);
            }

            results[test.FullTitle] = test;
        }

        foreach (var test in (tests ?? []).Take(TestReportParser.MaxTests))
        {
            Add(Case(test, TestOutcome.Passed));
        }

        foreach (var test in (pending ?? []).Take(TestReportParser.MaxTests))
        {
            Add(Case(test, TestOutcome.Skipped));
        }

        foreach (var failure in (failures ?? []).Take(TestReportParser.MaxTests))
        {
            var test = Case(failure, TestOutcome.Failed);
            var file = test.File ?? (results.TryGetValue(test.FullTitle, out var listed) ? listed.File : null);
            Add(test with { File = file });
        }

        return (new TestRun([.. order.Take(TestReportParser.MaxTests).Select(k => results[k])]), null);
    }

    private static (List<JsonElement>? Items, string? Error) Array(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        return value.ValueKind == JsonValueKind.Array
            ? ([.. value.EnumerateArray()], null)
            : (null, $"'{name}' in the JSON test report must be an array.");
    }

    private static TestCaseResult Case(JsonElement test, TestOutcome outcome)
    {
        var title = String(test, "title") ?? "";
        var fullTitle = String(test, "fullTitle") ?? String(test, "full_title") ?? title;
        var file = String(test, "file");
        string? message = null;
        if (test.ValueKind == JsonValueKind.Object && test.TryGetProperty("err", out var err) && err.ValueKind == JsonValueKind.Object)
        {
            file = String(err, "file") ?? file;
            message = String(err, "message");
        }

        return new TestCaseResult(title, fullTitle, file, outcome, message);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
