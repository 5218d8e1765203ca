using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CodeMySpec.Documents;

namespace CodeMySpec.Sessions;

/// <summary>
/// Spec↔test alignment (DOMAIN.md §7): each <c>### fun/arity</c> of the spec has <c>**Test Assertions**</c> bullets;
/// the test file should hold a <c>describe "fun/arity"</c> block with one <c>test "&lt;assertion&gt;"</c> per bullet.
/// Names are compared ignoring case, surrounding space, repeated spaces and a trailing period.
/// </summary>
internal static partial class SpecTestAlignment
{
    public const string OutsideDescribe = "(outside any describe)";

    public static AlignmentReport Compare(IEnumerable<FunctionSpec> functions, string testFile)
    {
        var expected = functions
            .SelectMany(f => f.TestAssertions.Select(a => (Group: $"{f.Name}/{f.Arity}", Name: a)))
            .ToList();
        var actual = TestNames(testFile);
        var expectedKeys = expected.Select(Key).ToHashSet();
        var actualKeys = actual.Select(Key).ToHashSet();
        var matching = expectedKeys.Count(actualKeys.Contains);
        ImmutableArray<string> missing = [.. expected.Where(e => !actualKeys.Contains(Key(e))).Select(Label).Distinct()];
        ImmutableArray<string> extra = [.. actual.Where(a => !expectedKeys.Contains(Key(a))).Select(Label).Distinct()];
        return new AlignmentReport(matching, missing, extra);
    }

    /// <summary>The <c>test "…"</c> names of an ExUnit file with the <c>describe "…"</c> block each is in.</summary>
    public static ImmutableArray<(string Group, string Name)> TestNames(string testFile)
    {
        var names = ImmutableArray.CreateBuilder<(string, string)>();
        (string Name, int Indent)? block = null;
        foreach (var line in testFile.Split('\n'))
        {
            if (Describe().Match(line) is { Success: true } describe)
            {
                block = (describe.Groups[2].Value, describe.Groups[1].Value.Length);
            }
            else if (Test().Match(line) is { Success: true } test)
            {
                names.Add((block?.Name ?? OutsideDescribe, Unescape(test.Groups[1].Value)));
            }
            else if (block is { } open && End().Match(line) is { Success: true } end && end.Groups[1].Value.Length <= open.Indent)
            {
                block = null;
            }
        }

        return names.ToImmutable();
    }

    private static (string, string) Key((string Group, string Name) test) => (test.Group.Trim(), Normalize(test.Name));

    private static string Label((string Group, string Name) test) => $"{test.Group}: {test.Name.Trim()}";

    private static string Normalize(string name) => Spaces().Replace(name.Trim().TrimEnd('.').Trim(), " ").ToLowerInvariant();

    private static string Unescape(string value) => value.Replace("\\\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex(@"^(\s*)describe\s+""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Describe();

    [GeneratedRegex(@"^\s*test\s+""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Test();

    [GeneratedRegex(@"^(\s*)end\b")]
    private static partial Regex End();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
