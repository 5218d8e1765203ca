namespace CodeMySpec.Sessions;

/// <summary>One test of a run: its name, full title (with its describe blocks or class), file when known, outcome and failure message.</summary>
internal sealed record TestCaseResult(string Title, string FullTitle, string? File, TestOutcome Outcome, string? Message = null);
