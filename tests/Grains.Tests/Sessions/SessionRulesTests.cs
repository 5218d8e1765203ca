using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed class SessionRulesTests
{
    private const string Files = """
        ---
        component_type: repository
        session_type: design
        ---
        Repositories return tagged tuples.

        ---
        component_type: "*"
        session_type: code
        ---
        Never use IO.inspect.

        ---
        component_type: context, repository
        session_type: "*"
        ---
        Keep modules small.
        ---
        Not front matter, a horizontal rule.
        """;

    [Fact]
    public void Matching_KeepsRulesOfTheComponentTypeAndSessionKind_WithWildcardsAndLists()
    {
        var rules = SessionRules.Matching(Files, "repository", "design");

        Assert.Contains("Repositories return tagged tuples.", rules);
        Assert.Contains("Keep modules small.", rules);
        Assert.Contains("Not front matter, a horizontal rule.", rules);
        Assert.DoesNotContain("IO.inspect", rules);
    }

    [Fact]
    public void Matching_ForCodeOfAnotherType_KeepsOnlyTheWildcardRule()
    {
        var rules = SessionRules.Matching(Files, "schema", "code");

        Assert.Equal("Never use IO.inspect.", rules);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("just text without front matter")]
    public void Matching_NoRules_IsNull(string? files) => Assert.Null(SessionRules.Matching(files, "repository", "design"));
}
