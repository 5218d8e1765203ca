using System.Collections.Immutable;
using CodeMySpec.Architecture;
using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Sessions;

internal static partial class WorkflowEngine
{
    public const string RulesCommand = "cat docs/rules/*.md 2>/dev/null || true";

    /// <summary>Steps whose command is a prompt: the grain reads the project data for it first.</summary>
    public static bool NeedsPrompt(string step) =>
        step is GenerateSpec or GenerateContextSpec or ReviseSpec or GenerateTests or FixCompilationErrors
            or GenerateImplementation or FixTestFailures or GenerateReview or ReviseReview;

    /// <summary>Steps that wait for child sessions instead of a result.</summary>
    public static bool WaitsForChildren(string step) => IsSpawn(step);

    /// <summary>The command of the current step.</summary>
    public static (string Verb, ExecutionStrategy Strategy, CommandMetadata Metadata) Command(
        SessionType type, WorkflowState state, SessionSubject subject, PromptContext? context)
    {
        var step = state.Step;
        if (NeedsPrompt(step))
        {
            var prompt = SessionPrompts.Build(type, state, subject, context ?? throw new InvalidOperationException($"{step} needs its prompt context."));
            return ("claude", ExecutionStrategy.Async, new CommandMetadata { Prompt = prompt, Path = Target(step, subject), Persona = Persona(type), Instructions = "Run the agent with metadata.prompt in the repository. Submit status ok when it finished (error with error_message if it could not)." });
        }

        return step switch
        {
            Initialize => (RulesCommand, ExecutionStrategy.Sync, new CommandMetadata { Path = "docs/rules", Instructions = "Run this shell command in the repository root and submit its output as the result's data (an empty ok result when there are no rules)." }),
            CheckImplementation => ReadFile(subject.CodeFile, "Submit the file's content as data; if the file does not exist, submit status error. Either way the session goes on."),
            ValidateSpec => ReadFile(subject.SpecFile, "Submit the spec file's content as data; status error if it does not exist.",
                [$"document:{Documents.DocumentTypes.NameOf(subject.DocumentType)}", $"title:{subject.ModuleName}"]),
            ValidateReview => ReadFile(subject.ReviewFile ?? subject.SpecFile, "Submit the design review's content as data; status error if it does not exist.", ["document:design_review"]),
            ReadTestFile => ReadFile(subject.TestFile, "Submit the test file's content as data; status error if it does not exist."),
            RunTests => ("mix_test", ExecutionStrategy.Sync, new CommandMetadata { Path = subject.TestFile, Args = ["mix", "test", subject.TestFile], Checks = type == SessionType.ComponentTest
                    ? ["report", "tdd", $"alignment>={StepChecks.MinAlignment:0.00}", $"quality>={StepChecks.MinQuality:0.00}"]
                    : ["report", "passing"], Instructions = "Run the test file and submit the report as data: ExUnit/Mocha-style JSON or JUnit XML, unchanged; put the exit code in code " +
                    "and the output in stdout/stderr. If the tests cannot compile, submit status error with the compiler output in stderr." }),
            CreateStubSpecs => Stubs(state, subject),
            FinalizeStep when FinalCommit.Commits(type) => FinalCommit.Command(type, subject),
            _ => throw new InvalidOperationException($"{step} has no command of its own."),
        };
    }

    /// <summary>The spawn_sessions command of a spawn step.</summary>
    public static (string Verb, ExecutionStrategy Strategy, CommandMetadata Metadata) SpawnCommand(ImmutableArray<Guid> children) =>
        ("spawn_sessions", ExecutionStrategy.Task, new CommandMetadata { ChildSessionIds = children, Instructions = "Drive each child session (get_next_command, execute, submit_result) until it ends; they may run in parallel. " +
                "This step completes by itself when every child ended: do not submit a result for it, ask get_next_command again." });

    private static (string, ExecutionStrategy, CommandMetadata) ReadFile(string path, string instructions, ImmutableArray<string> checks = default) =>
        ("read_file", ExecutionStrategy.Sync, new CommandMetadata { Path = path, Checks = checks.IsDefault ? [] : checks, Instructions = instructions });

    private static (string, ExecutionStrategy, CommandMetadata) Stubs(WorkflowState state, SessionSubject subject)
    {
        var profile = ComponentTypes.Profile;
        var (script, paths) = StubSpecs.Command(state.Stubs.IsDefault ? [] : state.Stubs, module => profile.PathsFor(module, "other").SpecFile);
        return (script, ExecutionStrategy.Sync, new CommandMetadata { Args = paths, Instructions = $"Run this shell command in the repository root: it writes a stub spec for each component {subject.ModuleName} lists, keeping specs that exist. Submit ok, or error with its output." });
    }

    private static string Target(string step, SessionSubject subject) => step switch
    {
        GenerateTests or FixCompilationErrors => subject.TestFile,
        GenerateImplementation or FixTestFailures => subject.CodeFile,
        GenerateReview or ReviseReview => subject.ReviewFile ?? subject.SpecFile,
        _ => subject.SpecFile,
    };
}
