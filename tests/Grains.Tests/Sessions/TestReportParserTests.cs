using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed class TestReportParserTests
{
    [Fact]
    public void Parse_JsonReport_GivesEachTestItsOutcomeFileAndFullTitle()
    {
        var (run, error) = TestReportParser.Parse(SessionSamples.Json(["lists users"], ["gets a user"]));

        Assert.Null(error);
        Assert.Equal(2, run!.Tests.Length);
        Assert.Contains(run.Tests, t => t.FullTitle == "lists users" && t.Outcome == TestOutcome.Passed && t.File == SessionSamples.TestFile);
        Assert.Contains(run.Tests, t => t.FullTitle == "gets a user" && t.Outcome == TestOutcome.Failed && t.Message == "Assertion failed");
    }

    [Fact]
    public void Parse_JsonPendingTests_AreSkipped()
    {
        var (run, _) = TestReportParser.Parse("""{"tests": [{"title": "a", "fullTitle": "A a"}], "failures": [], "pending": [{"title": "a", "fullTitle": "A a"}]}""");

        Assert.Equal(TestOutcome.Skipped, Assert.Single(run!.Tests).Outcome);
    }

    [Fact]
    public void Parse_TruncatedJson_IsAParseErrorWithItsPosition()
    {
        var report = SessionSamples.Json(["a"], ["b"]);

        var (run, error) = TestReportParser.Parse(report[..(report.Length / 2)]);

        Assert.Null(run);
        Assert.Contains("malformed or truncated", error);
        Assert.Contains("line", error);
    }

    [Fact]
    public void Parse_JsonWithoutTestArrays_SaysWhatIsMissing()
    {
        var (run, error) = TestReportParser.Parse("""{"stats": {"tests": 1}}""");

        Assert.Null(run);
        Assert.Contains("neither a 'tests' nor a 'failures' array", error);
    }

    [Fact]
    public void Parse_JsonWhoseTestsIsNotAnArray_IsRefused()
    {
        var (_, error) = TestReportParser.Parse("""{"tests": 3}""");

        Assert.Contains("'tests'", error);
    }

    [Fact]
    public void Parse_JUnitXml_ReadsFailuresErrorsSkippedAndTheSuiteFile()
    {
        const string xml = """
            <?xml version="1.0"?>
            <testsuites>
              <testsuite name="MyApp.Accounts.UsersTest" file="test/my_app/accounts/users_test.exs">
                <testcase classname="MyApp.Accounts.UsersTest" name="test get/1 returns it" time="0.01"/>
                <testcase classname="MyApp.Accounts.UsersTest" name="test get/1 fails" time="0.01"><failure message="expected 1">trace</failure></testcase>
                <testcase classname="MyApp.Accounts.UsersTest" name="test get/1 crashes"><error>boom</error></testcase>
                <testcase classname="MyApp.Accounts.UsersTest" name="test later"><skipped/></testcase>
              </testsuite>
            </testsuites>
            """;

        var (run, error) = TestReportParser.Parse(xml);

        Assert.Null(error);
        Assert.Equal([TestOutcome.Passed, TestOutcome.Failed, TestOutcome.Failed, TestOutcome.Skipped], run!.Tests.Select(t => t.Outcome));
        Assert.All(run.Tests, t => Assert.Equal(SessionSamples.TestFile, t.File));
        Assert.Equal("MyApp.Accounts.UsersTest test get/1 returns it", run.Tests[0].FullTitle);
        Assert.Equal("expected 1", run.Tests[1].Message);
        Assert.Equal("boom", run.Tests[2].Message);
    }

    [Fact]
    public void Parse_TruncatedXml_IsAParseErrorWithLineAndPosition()
    {
        var (run, error) = TestReportParser.Parse("<testsuites><testsuite name=\"x\"><testcase name=\"a\">");

        Assert.Null(run);
        Assert.Contains("JUnit XML test report is malformed or truncated at line 1", error);
    }

    [Fact]
    public void Parse_XmlWithADoctype_IsRefusedSoEntitiesNeverExpand()
    {
        var (run, error) = TestReportParser.Parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><testsuites>&e;</testsuites>");

        Assert.Null(run);
        Assert.NotNull(error);
    }

    [Fact]
    public void Parse_XmlWithAnotherRoot_NamesIt()
    {
        var (_, error) = TestReportParser.Parse("<html></html>");

        Assert.Contains("<html>", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("All tests passed!")]
    public void Parse_EmptyOrPlainText_IsAnErrorThatSaysWhatToSubmit(string? report)
    {
        var (run, error) = TestReportParser.Parse(report);

        Assert.Null(run);
        Assert.Contains("JSON", error);
    }

    [Fact]
    public void In_KeepsOnlyTheTestFilesTests_MatchingAbsoluteAndDotPaths()
    {
        var run = new TestRun([
            new("a", "a", "/home/me/app/" + SessionSamples.TestFile, TestOutcome.Passed),
            new("b", "b", "./" + SessionSamples.TestFile, TestOutcome.Passed),
            new("c", "c", "test/other_test.exs", TestOutcome.Failed),
        ]);

        Assert.Equal(["a", "b"], run.In(SessionSamples.TestFile).Select(t => t.Title));
    }
}
