using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CodeMySpec.Documents;
using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Sessions;

/// <summary>The checks of the check steps: documents through the document engine, test runs through the report parser.</summary>
internal static class StepChecks
{
    public const double MinAlignment = 0.90;
    public const double MinQuality = 0.95;

    /// <summary>At most this many failing or unexpected tests are named in feedback.</summary>
    private const int MaxListed = 20;

    public static StepOutcome Spec(SessionType type, WorkflowState state, SessionSubject subject, SessionResult result, SessionSettings settings)
    {
        if (Unreadable(result, subject.SpecFile) is { } missing)
        {
            return WorkflowEngine.CheckFailed(state, ReviseSpec, missing, settings);
        }

        var validation = DocumentEngine.Validate(subject.DocumentType, result.Data!);
        var errors = validation.Errors.Select(Describe).ToList();
        if (validation.ModuleName is { } title && title != subject.ModuleName)
        {
            errors.Add($"The document is titled # {title}, but the module is {subject.ModuleName}; start it with # {subject.ModuleName}.");
        }

        if (errors.Count > 0)
        {
            return WorkflowEngine.CheckFailed(state, ReviseSpec,
                $"The spec at {subject.SpecFile} is not a valid {DocumentTypes.NameOf(subject.DocumentType)} document:\n- " + string.Join("\n- ", errors), settings);
        }

        ImmutableArray<StubSpec> stubs = type == SessionType.ContextSpec
            ? [.. validation.Components.Where(c => c.ModuleName != subject.ModuleName).Select(c => new StubSpec(c.ModuleName, c.Description))]
            : [];
        var next = stubs.IsEmpty ? FinalizeStep : CreateStubSpecs;
        return WorkflowEngine.Ok(state with { Stubs = stubs }, next) with { SpecToStore = result.Data };
    }

    public static StepOutcome Review(WorkflowState state, SessionSubject subject, SessionResult result, SessionSettings settings)
    {
        var path = subject.ReviewFile ?? subject.SpecFile;
        if (Unreadable(result, path) is { } missing)
        {
            return WorkflowEngine.CheckFailed(state, ReviseReview, missing, settings);
        }

        var validation = DocumentEngine.Validate(DocumentType.DesignReview, result.Data!);
        return validation.Valid
            ? WorkflowEngine.Ok(state, FinalizeStep)
            : WorkflowEngine.CheckFailed(state, ReviseReview,
                $"The design review at {path} is not valid:\n- " + string.Join("\n- ", validation.Errors.Select(Describe)), settings);
    }

    public static StepOutcome TestFile(WorkflowState state, SessionSubject subject, SessionResult result, SessionSettings settings) =>
        Unreadable(result, subject.TestFile) is { } missing
            ? WorkflowEngine.CheckFailed(state, FixCompilationErrors, missing, settings)
            : new StepOutcome(state.To(RunTests) with { TestFileContent = result.Data }, ResultStatus.Ok, null);

    /// <summary>component_code: the component's tests must run and pass.</summary>
    public static StepOutcome Implementation(WorkflowState state, SessionSubject subject, SessionResult result, SessionSettings settings)
    {
        var (tests, problem) = Relevant(subject, result);
        if (problem is not null)
        {
            return WorkflowEngine.CheckFailed(state, FixTestFailures, problem, settings);
        }

        var failed = tests.Where(t => t.Outcome == TestOutcome.Failed).ToList();
        return failed.Count == 0
            ? WorkflowEngine.Ok(state, FinalizeStep)
            : WorkflowEngine.CheckFailed(state, FixTestFailures,
                $"{failed.Count} of {tests.Length} tests in {subject.TestFile} failed:\n" + List(failed, withMessage: true), settings);
    }

    /// <summary>
    /// component_test: the tests must run; with no implementation yet every test must fail (TDD), with one they must
    /// pass; the tests must follow the spec (alignment ≥ 0.90) and the overall quality (the mean of alignment and the
    /// share of tests that behave as required) must reach 0.95.
    /// </summary>
    public static StepOutcome WrittenTests(WorkflowState state, SessionSubject subject, SessionResult result, StepInputs inputs, SessionSettings settings)
    {
        var (tests, problem) = Relevant(subject, result);
        if (problem is not null)
        {
            return WorkflowEngine.CheckFailed(state, FixCompilationErrors, problem, settings);
        }

        var ran = tests.Where(t => t.Outcome != TestOutcome.Skipped).ToList();
        var problems = new List<string>();
        var tdd = state.CodeExists != true;
        var wrong = ran.Where(t => tdd ? t.Outcome == TestOutcome.Passed : t.Outcome == TestOutcome.Failed).ToList();
        if (ran.Count == 0)
        {
            problems.Add($"Every test in {subject.TestFile} was skipped; write tests that run.");
        }
        else if (wrong.Count > 0)
        {
            problems.Add(tdd
                ? $"No implementation exists yet ({subject.CodeFile}), so every test must fail first (TDD); {wrong.Count} passed:\n{List(wrong, withMessage: false)}"
                : $"The implementation exists ({subject.CodeFile}), so the tests must pass; {wrong.Count} failed:\n{List(wrong, withMessage: true)}");
        }

        var behaviour = ran.Count == 0 ? 0 : (double)(ran.Count - wrong.Count) / ran.Count;
        var quality = behaviour;
        if (!inputs.SpecFunctions.IsDefaultOrEmpty && state.TestFileContent is { } testFile)
        {
            var alignment = SpecTestAlignment.Compare(inputs.SpecFunctions, testFile);
            quality = (alignment.Score + behaviour) / 2;
            if (alignment.Score < MinAlignment)
            {
                problems.Add(Alignment(alignment));
            }
        }

        if (problems.Count == 0 && quality < MinQuality)
        {
            problems.Add($"The overall quality is {Score(quality)}, below {Score(MinQuality)}.");
        }

        return problems.Count == 0
            ? WorkflowEngine.Ok(state, FinalizeStep)
            : WorkflowEngine.CheckFailed(state, FixCompilationErrors, string.Join("\n\n", problems), settings);
    }

    private static (ImmutableArray<TestCaseResult> Tests, string? Problem) Relevant(SessionSubject subject, SessionResult result)
    {
        var (run, error) = TestReportParser.Parse(result.Data);
        if (run is null)
        {
            if (result.Status == ResultStatus.Error)
            {
                var output = WorkflowEngine.Tail(result.Stderr) ?? WorkflowEngine.Tail(result.Stdout) ?? result.ErrorMessage ?? "no output";
                return ([], $"The tests did not run (exit code {result.Code?.ToString(CultureInfo.InvariantCulture) ?? "none"}); fix what stops them (compilation errors?):\n{output}");
            }

            return ([], error);
        }

        var tests = run.In(subject.TestFile);
        if (tests.IsEmpty)
        {
            return ([], run.Tests.IsEmpty
                ? $"The test report holds no tests; run {subject.TestFile} and submit its report."
                : $"The test report holds {run.Tests.Length} tests, none from {subject.TestFile}; run that file and submit its report.");
        }

        return (tests, null);
    }

    private static string? Unreadable(SessionResult result, string path) =>
        result.Status == ResultStatus.Error || string.IsNullOrWhiteSpace(result.Data)
            ? $"{path} could not be read ({result.ErrorMessage ?? "the result carried no content"}); write the file there and submit its content as the result's data."
            : null;

    private static string Alignment(AlignmentReport report)
    {
        var text = new StringBuilder($"The tests follow the spec's test assertions at {Score(report.Score)}, below {Score(MinAlignment)} " +
            $"({report.Matching} matching, {report.Missing.Length} missing, {report.Extra.Length} extra). " +
            "Write one test \"<assertion>\" per **Test Assertions** bullet inside describe \"fun/arity\".");
        if (!report.Missing.IsEmpty)
        {
            text.Append("\nMissing:\n- ").AppendJoin("\n- ", report.Missing.Take(MaxListed));
        }

        if (!report.Extra.IsEmpty)
        {
            text.Append("\nExtra (not in the spec):\n- ").AppendJoin("\n- ", report.Extra.Take(MaxListed));
        }

        return text.ToString();
    }

    private static string List(IReadOnlyCollection<TestCaseResult> tests, bool withMessage)
    {
        var lines = tests.Take(MaxListed).Select(t => withMessage && !string.IsNullOrWhiteSpace(t.Message)
            ? $"- {t.FullTitle}: {FirstLine(t.Message!)}"
            : $"- {t.FullTitle}");
        var more = tests.Count > MaxListed ? $"\n…and {tests.Count - MaxListed} more" : "";
        return string.Join("\n", lines) + more;
    }

    private static string FirstLine(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    private static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Describe(DocumentError error) =>
        error.Section is null && error.Line is null ? error.Message
            : $"{error.Message} ({string.Join(", ", new[] { error.Section is { } s ? $"section {s}" : null, error.Line is { } l ? $"line {l}" : null }.OfType<string>())})";
}
