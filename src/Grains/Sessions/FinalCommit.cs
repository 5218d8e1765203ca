namespace CodeMySpec.Sessions;

/// <summary>
/// The git command that ends a code-producing session (DOMAIN.md §7: any verb other than the known ones is a shell
/// command): component_code commits the code file it wrote, component_test the test file. It commits that file only,
/// and only when it changed, so running it again (or after the file was committed by hand) succeeds and does nothing.
/// </summary>
internal static class FinalCommit
{
    /// <summary>Whether sessions of the type end with a commit of the file they produced.</summary>
    public static bool Commits(SessionType type) => type is SessionType.ComponentCode or SessionType.ComponentTest;

    public static (string Command, ExecutionStrategy Strategy, CommandMetadata Metadata) Command(SessionType type, SessionSubject subject)
    {
        var (file, message) = type == SessionType.ComponentTest
            ? (subject.TestFile, $"Add tests for {subject.ModuleName}")
            : (subject.CodeFile, $"Implement {subject.ModuleName}");
        var path = Quote(file);
        var script = $"git add -- {path} && (git diff --cached --quiet -- {path} || git commit -m {Quote(message)} -- {path})";
        return (script, ExecutionStrategy.Sync, new CommandMetadata
        {
            Path = file,
            Args = [file],
            Instructions = $"Run this shell command in the repository root: it commits {file}, which this session produced (and does nothing if it is unchanged). " +
                "Submit ok, or error with its output in stderr.",
        });
    }

    /// <summary>One shell word: single quotes, with any single quote in the text closed, escaped and reopened.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
