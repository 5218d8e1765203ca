using System.Security;
using System.Text;
using System.Text.Json;
using CodeMySpec.Architecture;
using CodeMySpec.Profiles;

namespace CodeMySpec.Bench;

/// <summary>
/// What an agent would report for the generated project: the file list (every spec and code file, the test files,
/// the contexts' design reviews, then other repository files up to the count), a JUnit report of that many tests
/// (two per test file, one in twenty failing, one file in ten named by an absolute path as mix writes it), and the
/// sync request's JSON body that carries both; and that body with one test result changed.
/// </summary>
internal sealed record BenchEvidence(IReadOnlyList<string> Files, string Report, int Tests, byte[] Body, byte[] ChangedBody)
{
    public static BenchEvidence Create(IReadOnlyList<Component> components, int files, int tests)
    {
        var profile = ComponentTypes.Profile;
        var paths = components.Select(c => (Component: c, Paths: profile.PathsFor(c.ModuleName, c.Type))).ToList();
        var tested = paths.Where(p => profile.Type(p.Component.Type).Requirements.Contains(RequirementKind.TestFile)).Select(p => p.Paths.TestFile).ToList();

        var list = new HashSet<string>(StringComparer.Ordinal);
        list.UnionWith(paths.SelectMany(p => new[] { p.Paths.SpecFile, p.Paths.CodeFile }));
        list.UnionWith(tested);
        list.UnionWith(paths.Select(p => p.Paths.ReviewFile).OfType<string>());
        for (var n = 0; list.Count < files; n++)
        {
            list.Add($"priv/static/assets/chunk-{n}.js");
        }

        var ordered = list.Take(files).ToList();
        var report = JUnit(tested, tests, failAlso: -1);
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["files"] = ordered, ["test_results"] = report });
        var changed = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["files"] = ordered, ["test_results"] = JUnit(tested, tests, failAlso: 0) });
        return new BenchEvidence(ordered, report, tests, body, changed);
    }

    /// <summary>The report; with <paramref name="failAlso"/> that test fails too (the same run with one result changed).</summary>
    private static string JUnit(IReadOnlyList<string> testFiles, int tests, int failAlso)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n<testsuite name=\"mix test\" tests=\"").Append(tests).Append("\">\n");
        for (var t = 0; t < tests; t++)
        {
            var fileIndex = t / 2 % testFiles.Count;
            var file = fileIndex % 10 == 0 ? "/home/dev/bench/" + testFiles[fileIndex] : testFiles[fileIndex];
            var name = SecurityElement.Escape($"test case {t} handles \"input\" & <edge> cases");
            xml.Append("<testcase classname=\"Bench.Test").Append(fileIndex).Append("\" name=\"").Append(name).Append("\" file=\"").Append(file)
                .Append("\" time=\"0.0").Append(t % 10).Append("\">");
            if (t % 20 == 7 || t == failAlso)
            {
                xml.Append("<failure message=\"Assertion with == failed\">code: assert result == :ok\nleft: :error\nright: :ok</failure>");
            }

            xml.Append("</testcase>\n");
        }

        return xml.Append("</testsuite>\n</testsuites>\n").ToString();
    }
}
