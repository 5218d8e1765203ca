using CodeMySpec.Sessions;
using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed partial class WorkflowEngineTests
{
    private static readonly SessionResult Ok = new(ResultStatus.Ok);
    private static readonly SessionSettings Settings = SessionSamples.Settings;

    private static StepOutcome Step(SessionType type, WorkflowState state, SessionSubject subject, SessionResult result, StepInputs? inputs = null) =>
        WorkflowEngine.Interpret(type, state, subject, result, inputs ?? StepInputs.None, Settings);

    private static string ValidSpec(string module) => SessionSamples.Spec(module, ("get/1", ["returns it"]));

    [Fact]
    public void ComponentSpec_GoesFromInitializeThroughGenerateAndValidateToComplete_AndStoresTheSpec()
    {
        var subject = SessionSamples.Repository();
        var state = WorkflowEngine.Start();

        var initialized = Step(SessionType.ComponentSpec, state, subject, Ok);
        var generated = Step(SessionType.ComponentSpec, initialized.State, subject, Ok);
        var validated = Step(SessionType.ComponentSpec, generated.State, subject, new SessionResult(ResultStatus.Ok, ValidSpec(subject.ModuleName)));

        Assert.Equal(GenerateSpec, initialized.State.Step);
        Assert.Equal(ValidateSpec, generated.State.Step);
        Assert.Equal(SessionStatus.Complete, validated.Status);
        Assert.Equal(FinalizeStep, validated.State.Step);
        Assert.Equal(ValidSpec(subject.ModuleName), validated.SpecToStore);
    }

    [Fact]
    public void ValidateSpec_InvalidDocument_LoopsToReviseWithTheEnginesErrors()
    {
        var subject = SessionSamples.Repository();

        var outcome = Step(SessionType.ComponentSpec, new WorkflowState(ValidateSpec), subject, new SessionResult(ResultStatus.Ok, $"# {subject.ModuleName}\n\n## Other\n"));

        Assert.Equal(ReviseSpec, outcome.State.Step);
        Assert.Equal(ResultStatus.Error, outcome.Verdict);
        Assert.Equal(1, outcome.State.LoopAttempts);
        Assert.Contains("Missing required sections", outcome.Feedback);
        Assert.Null(outcome.SpecToStore);
    }

    [Fact]
    public void ValidateSpec_WrongModuleTitle_IsFeedback()
    {
        var subject = SessionSamples.Repository();

        var outcome = Step(SessionType.ComponentSpec, new WorkflowState(ValidateSpec), subject, new SessionResult(ResultStatus.Ok, ValidSpec("MyApp.Other")));

        Assert.Contains("start it with # MyApp.Accounts.Users", outcome.Feedback);
    }

    [Fact]
    public void ValidateSpec_FileMissing_IsFeedbackNamingThePath()
    {
        var subject = SessionSamples.Repository();

        var outcome = Step(SessionType.ComponentSpec, new WorkflowState(ValidateSpec), subject, new SessionResult(ResultStatus.Error, ErrorMessage: "enoent"));

        Assert.Equal(ReviseSpec, outcome.State.Step);
        Assert.Contains(subject.SpecFile, outcome.Feedback);
        Assert.Contains("enoent", outcome.Feedback);
    }

    [Fact]
    public void Loop_DifferentFeedbackEachTime_FailsAfterTheCapOfAttempts()
    {
        var subject = SessionSamples.Repository();
        var state = new WorkflowState(ValidateSpec);
        StepOutcome outcome = null!;
        for (var attempt = 1; attempt <= Settings.MaxLoopAttempts + 1; attempt++)
        {
            var invalid = attempt % 2 == 0 ? $"# {subject.ModuleName}\n\n## Other{attempt}\n" : $"# Wrong{attempt}\n";
            outcome = Step(SessionType.ComponentSpec, state, subject, new SessionResult(ResultStatus.Ok, invalid));
            if (outcome.Status != SessionStatus.Active)
            {
                break;
            }

            Assert.Equal(ReviseSpec, outcome.State.Step);
            state = Step(SessionType.ComponentSpec, outcome.State, subject, Ok).State;
        }

        Assert.Equal(SessionStatus.Failed, outcome.Status);
        Assert.Equal(Settings.MaxLoopAttempts, outcome.State.LoopAttempts);
        Assert.Contains($"after {Settings.MaxLoopAttempts} fix attempts", outcome.FailureReason);
    }

    [Fact]
    public void Loop_TheSameFeedbackThreeTimesInARow_FailsEarlyWithIt()
    {
        var subject = SessionSamples.Repository();
        var state = new WorkflowState(ValidateSpec);
        var outcomes = new List<StepOutcome>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var outcome = Step(SessionType.ComponentSpec, state, subject, new SessionResult(ResultStatus.Ok, "# Wrong\n"));
            outcomes.Add(outcome);
            state = outcome.Status == SessionStatus.Active ? Step(SessionType.ComponentSpec, outcome.State, subject, Ok).State : outcome.State;
        }

        Assert.Equal([SessionStatus.Active, SessionStatus.Active, SessionStatus.Failed], outcomes.Select(o => o.Status));
        Assert.Contains("The same feedback came 3 times in a row", outcomes[^1].FailureReason);
    }

    [Fact]
    public void Loop_APassingCheckAfterFixes_ForgetsTheLoop()
    {
        var subject = SessionSamples.Repository();
        var failed = Step(SessionType.ComponentSpec, new WorkflowState(ValidateSpec), subject, new SessionResult(ResultStatus.Ok, "# Wrong\n"));
        var revised = Step(SessionType.ComponentSpec, failed.State, subject, Ok);

        var passed = Step(SessionType.ComponentSpec, revised.State, subject, new SessionResult(ResultStatus.Ok, ValidSpec(subject.ModuleName)));

        Assert.Equal(1, revised.State.LoopAttempts);
        Assert.Equal(SessionStatus.Complete, passed.Status);
        Assert.Equal(0, passed.State.LoopAttempts);
    }

    [Fact]
    public void ProducingStep_ThatReportsAnError_IsHandedOutAgain_UntilTheCap()
    {
        var subject = SessionSamples.Repository();
        var state = new WorkflowState(GenerateSpec);
        var failure = new SessionResult(ResultStatus.Error, ErrorMessage: "agent crashed");
        StepOutcome outcome = null!;
        for (var i = 0; i <= Settings.MaxLoopAttempts; i++)
        {
            outcome = Step(SessionType.ComponentSpec, state, subject, failure);
            state = outcome.State;
            if (i < Settings.MaxLoopAttempts)
            {
                Assert.Equal(GenerateSpec, state.Step);
                Assert.Equal(SessionStatus.Active, outcome.Status);
            }
        }

        Assert.Equal(SessionStatus.Failed, outcome.Status);
        Assert.Contains("agent crashed", outcome.FailureReason);
    }

    [Fact]
    public void ContextSpec_ListingComponents_CreatesTheirStubSpecsBeforeCompleting()
    {
        var subject = SessionSamples.Context();
        var spec = "# MyApp.Accounts\n\n## Delegates\n\n- get/1: MyApp.Accounts.Users.get/1\n\n## Dependencies\n\n- MyApp.Repo\n\n" +
            "## Components\n\n### MyApp.Accounts.Users\nThe users repository.\n\n### MyApp.Accounts.User\nThe user schema.\n";

        var validated = Step(SessionType.ContextSpec, new WorkflowState(ValidateSpec), subject, new SessionResult(ResultStatus.Ok, spec));
        var (command, _, metadata) = WorkflowEngine.Command(SessionType.ContextSpec, validated.State, subject, null);
        var done = Step(SessionType.ContextSpec, validated.State, subject, Ok);

        Assert.Equal(CreateStubSpecs, validated.State.Step);
        Assert.Equal(spec, validated.SpecToStore);
        Assert.Equal(["docs/spec/my_app/accounts/users.spec.md", "docs/spec/my_app/accounts/user.spec.md"], metadata.Args.ToArray());
        Assert.Contains("[ -e 'docs/spec/my_app/accounts/users.spec.md' ] || cat >", command);
        Assert.Contains("# MyApp.Accounts.User\n\nThe user schema.", command);
        Assert.Equal(SessionStatus.Complete, done.Status);
    }

    [Fact]
    public void Initialize_KeepsTheMatchingRulesForLaterPrompts()
    {
        var subject = SessionSamples.Repository();
        var rules = "---\ncomponent_type: repository\nsession_type: design\n---\nUse Ecto.\n---\nsession_type: code\n---\nNo IO.\n";

        var outcome = Step(SessionType.ComponentSpec, WorkflowEngine.Start(), subject, new SessionResult(ResultStatus.Ok, Stdout: rules));

        Assert.Equal("Use Ecto.", outcome.State.Rules);
    }

    [Theory]
    [InlineData(SessionType.ContextSpec)]
    [InlineData(SessionType.ContextImplementation)]
    [InlineData(SessionType.ContextComponentSpecs)]
    public void Refusal_ContextWorkflowsOnAComponent_AreRefused(SessionType type) =>
        Assert.NotNull(WorkflowEngine.Refusal(type, SessionSamples.Repository()));

    [Fact]
    public void Refusal_ComponentSpecOnAContext_PointsAtContextSpec() =>
        Assert.Contains("context_spec", WorkflowEngine.Refusal(SessionType.ComponentSpec, SessionSamples.Context()));
}
