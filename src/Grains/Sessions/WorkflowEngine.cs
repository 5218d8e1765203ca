using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Sessions;

/// <summary>
/// The workflows of DOMAIN.md §7 as a pure function: given the session type, where it is and a submitted result, the
/// next step, the step's verdict and feedback, and whether the session ended. Loops are capped: a loop fails after
/// <see cref="SessionSettings.MaxLoopAttempts"/> fix attempts or when the same feedback repeats
/// <see cref="SessionSettings.SameFeedbackLimit"/> times; a step whose command failed is handed out again, as often.
/// </summary>
internal static partial class WorkflowEngine
{
    /// <summary>Feedback is cut to this many characters (it goes into the next prompt).</summary>
    public const int MaxFeedbackChars = 8 * 1024;

    public static WorkflowState Start() => new(Initialize);

    /// <summary>Design, code or test: the session kind project rules name in their <c>session_type</c>.</summary>
    public static string Kind(SessionType type) => type switch
    {
        SessionType.ComponentTest => "test",
        SessionType.ComponentCode or SessionType.ContextImplementation => "code",
        _ => "design",
    };

    /// <summary>The agent persona of the session's prompts.</summary>
    public static string Persona(SessionType type) => type switch
    {
        SessionType.ContextSpec or SessionType.ContextComponentSpecs => "context_designer",
        SessionType.ComponentTest => "test_writer",
        SessionType.ComponentCode or SessionType.ContextImplementation => "unit_coder",
        SessionType.ContextDesignReview => "context_reviewer",
        _ => "component_designer",
    };

    /// <summary>Whether the session type is allowed on a component of that kind (context workflows need a context).</summary>
    public static string? Refusal(SessionType type, SessionSubject subject) => type switch
    {
        SessionType.ContextSpec or SessionType.ContextComponentSpecs or SessionType.ContextImplementation or SessionType.ContextDesignReview
            when !subject.IsContext => $"{Name(type)} works on contexts, and {subject.ModuleName} is a {subject.ComponentType}; use component_spec, component_test or component_code.",
        SessionType.ComponentSpec when subject.IsContext => $"{subject.ModuleName} is a context; design it with context_spec.",
        SessionType.ComponentTest when !subject.IsTested => $"Components of type {subject.ComponentType} have no test file; use component_code.",
        _ => null,
    };

    /// <summary>Interprets the result of the current step.</summary>
    public static StepOutcome Interpret(SessionType type, WorkflowState state, SessionSubject subject, SessionResult result, StepInputs inputs, SessionSettings settings)
    {
        var outcome = Step(type, state, subject, result, inputs, settings);

        // A code-producing session that passed its checks is not done until the file it produced is committed.
        return outcome.Status == SessionStatus.Complete && state.Step != FinalizeStep && FinalCommit.Commits(type)
            ? outcome with { Status = SessionStatus.Active }
            : outcome;
    }

    private static StepOutcome Step(SessionType type, WorkflowState state, SessionSubject subject, SessionResult result, StepInputs inputs, SessionSettings settings)
    {
        return state.Step switch
        {
            Initialize => Ok(state with { Rules = SessionRules.Matching(result.Data ?? result.Stdout, subject.ComponentType, Kind(type)) }, AfterInitialize(type)),
            CheckImplementation => Ok(state with { CodeExists = result.Status != ResultStatus.Error && !string.IsNullOrEmpty(result.Data) }, GenerateTests),
            GenerateSpec or GenerateContextSpec or ReviseSpec => Produced(state, result, ValidateSpec, settings),
            GenerateReview or ReviseReview => Produced(state, result, ValidateReview, settings),
            GenerateTests or FixCompilationErrors => Produced(state, result, ReadTestFile, settings),
            GenerateImplementation or FixTestFailures => Produced(state, result, RunTests, settings),
            CreateStubSpecs => Produced(state, result, FinalizeStep, settings),
            ValidateSpec => StepChecks.Spec(type, state, subject, result, settings),
            ValidateReview => StepChecks.Review(state, subject, result, settings),
            ReadTestFile => StepChecks.TestFile(state, subject, result, settings),
            RunTests when type == SessionType.ComponentTest => StepChecks.WrittenTests(state, subject, result, inputs, settings),
            RunTests => StepChecks.Implementation(state, subject, result, settings),
            FinalizeStep when FinalCommit.Commits(type) => Produced(state, result, FinalizeStep, settings),
            _ => throw new InvalidOperationException($"Step {state.Step} of {Name(type)} takes no result."),
        };
    }

    public static string Name(SessionType type) => type switch
    {
        SessionType.ComponentSpec => "component_spec",
        SessionType.ContextSpec => "context_spec",
        SessionType.ComponentTest => "component_test",
        SessionType.ComponentCode => "component_code",
        SessionType.ContextComponentSpecs => "context_component_specs",
        SessionType.ContextImplementation => "context_implementation",
        SessionType.ContextDesignReview => "context_design_review",
        _ => type.ToString(),
    };

    /// <summary>A check failed: loop to the fix step, or end the session when the loop's cap is reached.</summary>
    public static StepOutcome CheckFailed(WorkflowState state, string fixStep, string feedback, SessionSettings settings)
    {
        feedback = Cut(feedback);
        var history = (state.Feedback.IsDefault ? [] : state.Feedback).Add(feedback);
        var limit = settings.SameFeedbackLimit;
        if (history.Length >= limit && history.TakeLast(limit).All(f => f == feedback))
        {
            return Failed(state with { Feedback = history }, feedback,
                $"The same feedback came {limit} times in a row at {state.Step}, so the loop stopped: {feedback}");
        }

        if (state.LoopAttempts >= settings.MaxLoopAttempts)
        {
            return Failed(state with { Feedback = history }, feedback,
                $"{state.Step} still failed after {settings.MaxLoopAttempts} fix attempts, so the loop stopped. Last feedback: {feedback}");
        }

        var next = state with { Step = fixStep, StepRetries = 0, LoopAttempts = state.LoopAttempts + 1, Feedback = [.. history.TakeLast(10)] };
        return new StepOutcome(next, ResultStatus.Error, feedback);
    }

    public static StepOutcome Ok(WorkflowState state, string next) =>
        next == FinalizeStep
            ? new StepOutcome(state.Passed(FinalizeStep), ResultStatus.Ok, null, SessionStatus.Complete)
            : new StepOutcome(state.Passed(next), ResultStatus.Ok, null);

    public static string Cut(string text) => text.Length <= MaxFeedbackChars ? text : text[..MaxFeedbackChars] + "\n…(feedback cut)";

    private static string AfterInitialize(SessionType type) => type switch
    {
        SessionType.ComponentSpec => GenerateSpec,
        SessionType.ContextSpec => GenerateContextSpec,
        SessionType.ComponentTest => CheckImplementation,
        SessionType.ComponentCode => GenerateImplementation,
        SessionType.ContextComponentSpecs => SpawnComponentSpecs,
        SessionType.ContextImplementation => SpawnTests,
        SessionType.ContextDesignReview => GenerateReview,
        _ => FinalizeStep,
    };

    /// <summary>A producing step (the agent wrote something): on error it is handed out again, up to the cap.</summary>
    private static StepOutcome Produced(WorkflowState state, SessionResult result, string next, SessionSettings settings)
    {
        if (result.Status != ResultStatus.Error)
        {
            // Leaving a fix step keeps the loop's attempts: the check that follows counts on.
            return next == FinalizeStep ? Ok(state, next) : new StepOutcome(state.To(next), result.Status, null);
        }

        var failures = state.StepRetries + 1;
        var message = result.ErrorMessage ?? Tail(result.Stderr) ?? "no error message";
        var feedback = Cut($"{state.Step} reported an error (exit code {result.Code?.ToString() ?? "none"}): {message}");
        return failures > settings.MaxLoopAttempts
            ? Failed(state, feedback, $"{state.Step} failed {failures} times; the last error: {message}")
            : new StepOutcome(state with { StepRetries = failures }, ResultStatus.Error, feedback + " The step is handed out again.");
    }

    private static StepOutcome Failed(WorkflowState state, string feedback, string reason) =>
        new(state, ResultStatus.Error, feedback, SessionStatus.Failed, Cut(reason));

    public static string? Tail(string? output, int chars = 2000) =>
        string.IsNullOrWhiteSpace(output) ? null : output.Length <= chars ? output.Trim() : "…" + output[^chars..].Trim();
}
