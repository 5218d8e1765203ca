using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>A parsed test report: every test with its outcome.</summary>
internal sealed record TestRun(ImmutableArray<TestCaseResult> Tests)
{
    public int Failed => Tests.Count(t => t.Outcome == TestOutcome.Failed);

    public int Passed => Tests.Count(t => t.Outcome == TestOutcome.Passed);

    /// <summary>
    /// The tests that belong to a test file (DOMAIN.md §7: a failure belongs to a component when its file is the test
    /// file). Reports that name no file at all are taken whole, since they cannot be told apart.
    /// </summary>
    public ImmutableArray<TestCaseResult> In(string testFile)
    {
        if (Tests.All(t => string.IsNullOrEmpty(t.File)))
        {
            return Tests;
        }

        return [.. Tests.Where(t => IsFile(t.File, testFile))];
    }

    /// <summary>Whether a reported path names the test file: the same relative path, or an absolute path ending in it.</summary>
    public static bool IsFile(string? reported, string testFile)
    {
        if (string.IsNullOrEmpty(reported))
        {
            return false;
        }

        var path = reported.Replace('\\', '/');
        path = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        return path == testFile || path.EndsWith("/" + testFile, StringComparison.Ordinal);
    }
}
