using CodeMySpec.Documents;
using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed class SpecTestAlignmentTests
{
    private static FunctionSpec Function(string name, int arity, params string[] assertions) => new(name, arity, "", "", [], [.. assertions], 1);

    [Fact]
    public void Compare_TestsThatMatchEveryAssertion_ScoreOne()
    {
        var file = SessionSamples.ExUnitFile(("get/1", ["returns it when it exists", "returns an error when missing"]));

        var report = SpecTestAlignment.Compare([Function("get", 1, "Returns it when it exists.", "returns an error  when missing")], file);

        Assert.Equal(1.0, report.Score);
        Assert.Empty(report.Missing);
        Assert.Empty(report.Extra);
    }

    [Fact]
    public void Compare_ListsMissingAndExtraTests_AndScoresMatchingOverAll()
    {
        var file = SessionSamples.ExUnitFile(("get/1", ["returns it when it exists", "does something else"]));

        var report = SpecTestAlignment.Compare([Function("get", 1, "returns it when it exists", "returns an error when missing")], file);

        Assert.Equal(1, report.Matching);
        Assert.Equal(["get/1: returns an error when missing"], report.Missing.ToArray());
        Assert.Equal(["get/1: does something else"], report.Extra.ToArray());
        Assert.Equal(1.0 / 3, report.Score, 3);
    }

    [Fact]
    public void Compare_ATestInTheWrongDescribe_IsMissingThereAndExtraWhereItIs()
    {
        var file = SessionSamples.ExUnitFile(("list/0", ["returns it when it exists"]));

        var report = SpecTestAlignment.Compare([Function("get", 1, "returns it when it exists")], file);

        Assert.Equal(0, report.Matching);
        Assert.Single(report.Missing);
        Assert.Equal(["list/0: returns it when it exists"], report.Extra.ToArray());
    }

    [Fact]
    public void TestNames_TestsAfterADescribeEnds_AreOutsideIt()
    {
        var file = "defmodule T do\n  describe \"get/1\" do\n    test \"a\" do\n    end\n  end\n\n  test \"b\" do\n  end\nend\n";

        var names = SpecTestAlignment.TestNames(file);

        Assert.Equal([("get/1", "a"), (SpecTestAlignment.OutsideDescribe, "b")], names.ToArray());
    }
}
