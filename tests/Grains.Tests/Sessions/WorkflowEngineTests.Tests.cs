using CodeMySpec.Documents;
using CodeMySpec.Sessions;
using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed partial class WorkflowEngineTests
{
    private static readonly string[] Assertions = ["returns it when it exists", "returns an error when missing"];

    private static StepInputs SpecInputs => new([new FunctionSpec("get", 1, "", "", [], [.. Assertions], 1)]);

    private static WorkflowState RunTests(bool codeExists, string testFile) =>
        new(SessionSteps.RunTests, CodeExists: codeExists, TestFileContent: testFile);

    private static string AlignedFile => SessionSamples.ExUnitFile(("get/1", Assertions));

    [Fact]
    public void ComponentTest_BeforeAnyCode_PassesWhenEveryAlignedTestFails()
    {
        var outcome = Step(SessionType.ComponentTest, RunTests(false, AlignedFile), SessionSamples.Repository(),
            new SessionResult(ResultStatus.Error, SessionSamples.Json([], Assertions), Code: 2), SpecInputs);

        Assert.Equal((FinalizeStep, SessionStatus.Active), (outcome.State.Step, outcome.Status));
    }

    [Theory]
    [InlineData(SessionType.ComponentCode, "lib/my_app/accounts/users.ex", "Implement MyApp.Accounts.Users")]
    [InlineData(SessionType.ComponentTest, SessionSamples.TestFile, "Add tests for MyApp.Accounts.Users")]
    public void Finalize_OfACodeProducingSession_CommitsItsFile_AndCompletesWhenTheCommitRan(SessionType type, string file, string message)
    {
        var subject = SessionSamples.Repository();
        var state = new WorkflowState(FinalizeStep);

        var (command, strategy, metadata) = WorkflowEngine.Command(type, state, subject, null);
        var failed = Step(type, state, subject, new SessionResult(ResultStatus.Error, Code: 128, Stderr: "fatal: not a git repository"));
        var done = Step(type, failed.State, subject, Ok);

        Assert.Equal($"git add -- '{file}' && (git diff --cached --quiet -- '{file}' || git commit -m '{message}' -- '{file}')", command);
        Assert.Equal((ExecutionStrategy.Sync, file), (strategy, metadata.Path));
        Assert.Equal([file], metadata.Args.ToArray());
        Assert.Equal((FinalizeStep, SessionStatus.Active), (failed.State.Step, failed.Status));
        Assert.Contains("not a git repository", failed.Feedback);
        Assert.Equal(SessionStatus.Complete, done.Status);
    }

    [Fact]
    public void ComponentTest_BeforeAnyCode_APassingTestBreaksTheTddRule()
    {
        var outcome = Step(SessionType.ComponentTest, RunTests(false, AlignedFile), SessionSamples.Repository(),
            new SessionResult(ResultStatus.Ok, SessionSamples.Json([Assertions[0]], [Assertions[1]])), SpecInputs);

        Assert.Equal(FixCompilationErrors, outcome.State.Step);
        Assert.Contains("every test must fail first (TDD); 1 passed", outcome.Feedback);
        Assert.Contains(Assertions[0], outcome.Feedback);
    }

    [Fact]
    public void ComponentTest_TestsThatDoNotFollowTheSpec_GetAlignmentFeedback()
    {
        var file = SessionSamples.ExUnitFile(("get/1", [Assertions[0], "something unplanned"]));

        var outcome = Step(SessionType.ComponentTest, RunTests(false, file), SessionSamples.Repository(),
            new SessionResult(ResultStatus.Error, SessionSamples.Json([], [Assertions[0], "something unplanned"])), SpecInputs);

        Assert.Equal(FixCompilationErrors, outcome.State.Step);
        Assert.Contains("below 0.90", outcome.Feedback);
        Assert.Contains("Missing:\n- get/1: returns an error when missing", outcome.Feedback);
        Assert.Contains("Extra (not in the spec):\n- get/1: something unplanned", outcome.Feedback);
    }

    [Fact]
    public void ComponentTest_WithCode_FailingTestsAreFeedback()
    {
        var outcome = Step(SessionType.ComponentTest, RunTests(true, AlignedFile), SessionSamples.Repository(),
            new SessionResult(ResultStatus.Ok, SessionSamples.Json([Assertions[0]], [Assertions[1]])), SpecInputs);

        Assert.Contains("so the tests must pass; 1 failed", outcome.Feedback);
    }

    [Fact]
    public void ComponentTest_ACompileErrorWithoutReport_LoopsWithTheCompilerOutput()
    {
        var outcome = Step(SessionType.ComponentTest, RunTests(false, AlignedFile), SessionSamples.Repository(),
            new SessionResult(ResultStatus.Error, Code: 1, Stderr: "** (CompileError) undefined function get/1"), SpecInputs);

        Assert.Equal(FixCompilationErrors, outcome.State.Step);
        Assert.Contains("CompileError", outcome.Feedback);
    }

    [Fact]
    public void ComponentTest_AMalformedReport_IsTheStepsFeedback_NotACrash()
    {
        var outcome = Step(SessionType.ComponentTest, RunTests(false, AlignedFile), SessionSamples.Repository(),
            new SessionResult(ResultStatus.Ok, "{\"tests\": [{\"title\": "), SpecInputs);

        Assert.Equal(ResultStatus.Error, outcome.Verdict);
        Assert.Contains("malformed or truncated", outcome.Feedback);
    }

    [Fact]
    public void ComponentTest_Flow_ChecksTheImplementationThenReadsTheTestFileBeforeRunning()
    {
        var subject = SessionSamples.Repository();
        var checkedCode = Step(SessionType.ComponentTest, new WorkflowState(CheckImplementation), subject, new SessionResult(ResultStatus.Error, ErrorMessage: "no such file"));
        var generated = Step(SessionType.ComponentTest, checkedCode.State, subject, Ok);
        var read = Step(SessionType.ComponentTest, generated.State, subject, new SessionResult(ResultStatus.Ok, AlignedFile));

        Assert.False(checkedCode.State.CodeExists);
        Assert.Equal(GenerateTests, checkedCode.State.Step);
        Assert.Equal(ReadTestFile, generated.State.Step);
        Assert.Equal(SessionSteps.RunTests, read.State.Step);
        Assert.Equal(AlignedFile, read.State.TestFileContent);
    }

    [Fact]
    public void ComponentCode_FailingTestsOfTheComponent_LoopToFixTestFailures_ButOtherFilesDoNotCount()
    {
        var subject = SessionSamples.Repository();
        var report = SessionSamples.Json(["passes"], ["breaks"]);
        var otherFile = SessionSamples.Json(["passes"], []).Replace("\"failures\": []", """
            "failures": [{"title": "elsewhere", "fullTitle": "elsewhere", "err": {"message": "x", "file": "test/other_test.exs"}}]
            """);

        var failing = Step(SessionType.ComponentCode, new WorkflowState(SessionSteps.RunTests), subject, new SessionResult(ResultStatus.Ok, report));
        var passing = Step(SessionType.ComponentCode, new WorkflowState(SessionSteps.RunTests), subject, new SessionResult(ResultStatus.Error, otherFile));

        Assert.Equal(FixTestFailures, failing.State.Step);
        Assert.Equal(ResultStatus.Error, failing.Verdict);
        Assert.Contains("1 of 2 tests", failing.Feedback);
        Assert.Contains("breaks: Assertion failed", failing.Feedback);
        Assert.Equal((FinalizeStep, SessionStatus.Active, ResultStatus.Ok), (passing.State.Step, passing.Status, passing.Verdict));
    }

    [Fact]
    public void ComponentCode_AReportWithoutTheTestFile_IsFeedback()
    {
        var outcome = Step(SessionType.ComponentCode, new WorkflowState(SessionSteps.RunTests), SessionSamples.Repository(),
            new SessionResult(ResultStatus.Ok, SessionSamples.Json(["a"], [], file: "test/other_test.exs")));

        Assert.Contains("none from test/my_app/accounts/users_test.exs", outcome.Feedback);
    }
}
