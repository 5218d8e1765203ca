using CodeMySpec.Coordinator;
using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Coordinator;

public sealed class EvidenceDiffTests
{
    private static readonly HashSet<string> Held = new(["mix.exs", "lib/a.ex", "lib/b.ex"], StringComparer.Ordinal);

    private static readonly Dictionary<string, FileTests> HeldTests = new(StringComparer.Ordinal)
    {
        ["test/a_test.exs"] = Tests("test/a_test.exs", TestOutcome.Passed),
    };

    [Fact]
    public void FullList_WithDuplicates_RemovesTheHeldPathsItLacks()
    {
        var changes = EvidenceDiff.FullList(Held, ["mix.exs", "mix.exs", "lib/a.ex", "lib/c.ex"], HeldTests, []);

        Assert.Equal(["lib/c.ex"], changes.AddedFiles);
        Assert.Equal(["lib/b.ex"], changes.RemovedFiles);
    }

    [Fact]
    public void FullList_TheSameAgain_ChangesNothing()
    {
        var changes = EvidenceDiff.FullList(Held, ["lib/b.ex", "lib/a.ex", "mix.exs"], HeldTests, [Tests("test/a_test.exs", TestOutcome.Passed)]);

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void Delta_RemovingAndAddingAPath_KeepsIt_AndOnlyChangedTestsCount()
    {
        var changes = EvidenceDiff.Delta(Held, ["lib/a.ex", "lib/d.ex"], ["lib/a.ex", "lib/b.ex", "lib/none.ex"], HeldTests,
            [Tests("test/a_test.exs", TestOutcome.Failed), Tests("test/b_test.exs", TestOutcome.Passed)]);

        Assert.Equal(["lib/d.ex"], changes.AddedFiles);
        Assert.Equal(["lib/b.ex"], changes.RemovedFiles);
        Assert.Equal(["test/a_test.exs", "test/b_test.exs"], changes.Tests.Select(t => t.File));
    }

    private static FileTests Tests(string file, TestOutcome outcome) =>
        new(file, [new TestCaseResult("works", "works", file, outcome)], DateTimeOffset.UnixEpoch);
}
