namespace CodeMySpec.Sessions;

/// <summary>How one test ended in a reported run.</summary>
internal enum TestOutcome
{
    Passed,
    Failed,
    Skipped,
}
