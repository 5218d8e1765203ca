using System.Xml;
using System.Xml.Linq;

namespace CodeMySpec.Sessions;

/// <summary>
/// JUnit XML: <c>&lt;testsuites&gt;&lt;testsuite name file?&gt;&lt;testcase classname name file? time&gt;</c> with
/// <c>&lt;failure&gt;</c>, <c>&lt;error&gt;</c> or <c>&lt;skipped&gt;</c> children; a bare <c>&lt;testsuite&gt;</c> root too.
/// DTDs are refused, so a report cannot pull in entities or files.
/// </summary>
internal static class JUnitTestReport
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
    };

    public static (TestRun? Run, string? Error) Parse(string text)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            return (null, $"The JUnit XML test report is malformed or truncated at line {e.LineNumber}, position {e.LinePosition}: {e.Message}");
        }

        var root = document.Root!;
        if (root.Name.LocalName is not ("testsuites" or "testsuite"))
        {
            return (null, $"The XML test report's root is <{root.Name.LocalName}>; JUnit XML starts with <testsuites> or <testsuite>.");
        }

        var cases = root.DescendantsAndSelf().Where(e => e.Name.LocalName == "testcase").Take(TestReportParser.MaxTests);
        return (new TestRun([.. cases.Select(Case)]), null);
    }

    private static TestCaseResult Case(XElement testcase)
    {
        var name = (string?)testcase.Attribute("name") ?? "";
        var classname = (string?)testcase.Attribute("classname") ?? "";
        var suite = testcase.Ancestors().FirstOrDefault(a => a.Name.LocalName == "testsuite");
        var file = (string?)testcase.Attribute("file") ?? (string?)suite?.Attribute("file");
        var problem = testcase.Elements().FirstOrDefault(e => e.Name.LocalName is "failure" or "error");
        var skipped = testcase.Elements().Any(e => e.Name.LocalName == "skipped");
        var outcome = problem is not null ? TestOutcome.Failed : skipped ? TestOutcome.Skipped : TestOutcome.Passed;
        var message = problem is null ? null : (string?)problem.Attribute("message") ?? problem.Value.Trim();
        var fullTitle = string.IsNullOrEmpty(classname) ? name : $"{classname} {name}";
        return new TestCaseResult(name, fullTitle, file, outcome, message);
    }
}
