using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Sessions;

namespace CodeMySpec.Coordinator;

/// <summary>
/// Checks reported paths and reads test reports before anything is stored, so a bad report leaves the earlier evidence
/// as it was. Pure.
/// </summary>
internal static class EvidenceRules
{
    /// <summary>Paths one report may carry (a full list or a delta).</summary>
    public const int MaxPaths = 100_000;

    public const int MaxPathLength = 1024;

    /// <summary>The problems of the first bad paths, or none: repository-relative, forward slashes, no <c>..</c>.</summary>
    public static ImmutableArray<FieldError> CheckPaths(string field, ImmutableArray<string> paths)
    {
        if (paths.IsDefault)
        {
            return [];
        }

        if (paths.Length > MaxPaths)
        {
            return [new FieldError(field, $"{paths.Length} paths is more than the {MaxPaths} one report may carry; send the list in deltas (added, removed).")];
        }

        var errors = ImmutableArray.CreateBuilder<FieldError>();
        for (var i = 0; i < paths.Length && errors.Count < 10; i++)
        {
            if (Problem(paths[i]) is { } problem)
            {
                errors.Add(new FieldError($"{field}[{i}]", problem));
            }
        }

        return errors.ToImmutable();
    }

    private static string? Problem(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "The path is empty.";
        }

        if (path.Length > MaxPathLength)
        {
            return $"The path is longer than {MaxPathLength} characters.";
        }

        if (path[0] == '/' || path.Contains('\\') || (path.Length > 1 && path[1] == ':') || path.Contains('\0'))
        {
            return $"'{Short(path)}' is not a repository-relative path; send paths like lib/my_app/accounts.ex (forward slashes, no leading slash or drive).";
        }

        if (HasDotOrEmptySegment(path))
        {
            return $"'{Short(path)}' has an empty, '.' or '..' segment; send the normalised repository-relative path.";
        }

        return null;
    }

    // A scan rather than Split: a full list carries tens of thousands of paths, and this runs on every one of them.
    private static bool HasDotOrEmptySegment(string path)
    {
        for (var start = 0; start <= path.Length;)
        {
            var end = path.IndexOf('/', start);
            end = end < 0 ? path.Length : end;
            var segment = path.AsSpan(start, end - start);
            if (segment is "" or "." or "..")
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    private static string Short(string path) => path.Length <= 80 ? path : path[..80] + "…";

    /// <summary>
    /// Reads a test report and groups its tests by test file. A reported file that ends with a known component test
    /// file (an absolute path from the agent's machine, <c>./test/…</c>) is recorded under that test file; tests that
    /// name no file are grouped under the empty name and count for no component.
    /// </summary>
    public static ImmutableArray<FileTests> ReadReport(string? report, IReadOnlyCollection<string> knownTestFiles, DateTimeOffset now)
    {
        var (run, error) = TestReportParser.Parse(report);
        if (run is null)
        {
            throw DomainException.Invalid("test_results", error!);
        }

        var byFile = new Dictionary<string, ImmutableArray<TestCaseResult>.Builder>(StringComparer.Ordinal);
        foreach (var test in run.Tests)
        {
            var file = Attribute(test.File, knownTestFiles);
            // As the store reads them back (no file is null), so that an unchanged re-sent report compares equal to what is held.
            (byFile.TryGetValue(file, out var list) ? list : byFile[file] = ImmutableArray.CreateBuilder<TestCaseResult>())
                .Add(test.File == (file.Length == 0 ? null : file) ? test : test with { File = file.Length == 0 ? null : file });
        }

        return [.. byFile.Select(f => new FileTests(f.Key, f.Value.ToImmutable(), now))];
    }

    private static string Attribute(string? reported, IReadOnlyCollection<string> knownTestFiles)
    {
        if (string.IsNullOrEmpty(reported))
        {
            return "";
        }

        var path = reported.Replace('\\', '/');
        path = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        if (knownTestFiles.Contains(path))
        {
            return path;
        }

        // An absolute path: the known test file it ends with, found by trying each suffix after a slash.
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            var suffix = path[(slash + 1)..];
            if (knownTestFiles.Contains(suffix))
            {
                return suffix;
            }
        }

        return path;
    }
}
