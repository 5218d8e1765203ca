using System.Collections.Immutable;
using CodeMySpec.Sessions;

namespace CodeMySpec.Coordinator;

/// <summary>The tests of one test file from the latest report that ran it.</summary>
internal sealed record FileTests(string File, ImmutableArray<TestCaseResult> Tests, DateTimeOffset ReportedAt)
{
    /// <summary>Tests that ran (skipped ones did not).</summary>
    public int Ran => Tests.Count(t => t.Outcome != TestOutcome.Skipped);

    public IEnumerable<TestCaseResult> Failing => Tests.Where(t => t.Outcome == TestOutcome.Failed);
}
