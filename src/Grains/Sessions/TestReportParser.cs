namespace CodeMySpec.Sessions;

/// <summary>
/// Reads the test reports agents submit (DOMAIN.md §7): ExUnit/Mocha-style JSON or JUnit XML, told apart by their
/// first character. A report that cannot be read gives an error sentence for the step's feedback, never an exception.
/// </summary>
internal static class TestReportParser
{
    /// <summary>Reports beyond this many characters are refused rather than parsed.</summary>
    public const int MaxReportChars = 8 * 1024 * 1024;

    /// <summary>At most this many tests are read from one report.</summary>
    public const int MaxTests = 50_000;

    public static (TestRun? Run, string? Error) Parse(string? report)
    {
        if (string.IsNullOrWhiteSpace(report))
        {
            return (null, "The test report is empty; submit the report the test run wrote (ExUnit/Mocha-style JSON or JUnit XML) as the result's data.");
        }

        if (report.Length > MaxReportChars)
        {
            return (null, $"The test report has {report.Length} characters; the limit is {MaxReportChars}. Run only this component's test file.");
        }

        var text = report.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text[0] switch
        {
            '{' => JsonTestReport.Parse(text),
            '<' => JUnitTestReport.Parse(text),
            _ => (null, "The test report is neither JSON (starting with '{') nor JUnit XML (starting with '<'); submit the file the formatter wrote, unchanged."),
        };
    }
}
