using CodeMySpec.Errors;
using CodeMySpec.Stories;

namespace CodeMySpec.Grains.Tests.Stories;

public sealed class StoryMarkdownTests
{
    private const string Canonical = """
        # Shop

        ## Checkout
        As a shopper
        I want to pay.

        **Acceptance Criteria**
        - Pays by card
        - Gets a receipt

        ## Refunds
        A shopper gets money back.

        **Acceptance Criteria**

        """;

    [Fact]
    public void Read_ACanonicalFile_ThenWrite_GivesTheSameTextBack()
    {
        var document = StoryMarkdownReader.Read(Canonical);

        Assert.Equal("Shop", document.Heading);
        Assert.Equal(["Checkout", "Refunds"], document.Stories.Select(s => s.Title));
        Assert.Equal("As a shopper\nI want to pay.", document.Stories[0].Description);
        Assert.Equal(["Pays by card", "Gets a receipt"], document.Stories[0].Criteria.ToArray());
        Assert.Equal([3, 11], document.Lines.ToArray());
        Assert.Equal(Canonical, StoryMarkdownWriter.Write(document.Heading, document.Stories));
    }

    [Fact]
    public void Write_TrickyContent_ThenRead_GivesTheSameStoriesBack()
    {
        StoryDraft[] stories =
        [
            new("Markdown inside", "Intro with **bold** and `code`.\n\n## Not a story\n# Not a project\n#hashtag\n\\escaped\n**Acceptance Criteria**\n  **Acceptance Criteria**  \n### A sub heading\n- a list item\n\n\nAfter two blank lines.",
                ["Handles `code` and *emphasis*", "- starts with a dash", "## hashes"]),
            new("Ünïcödé ✓ 日本語", "Emoji 🚀 and RTL עברית.\n   indented line\ttab", ["Ça marche — vraiment", "✓"]),
            new("No criteria", "Just a line.", []),
        ];

        var text = StoryMarkdownWriter.Write("Café Shop", stories);
        var document = StoryMarkdownReader.Read(text);

        Assert.Equal("Café Shop", document.Heading);
        Assert.Equal(stories.Length, document.Stories.Length);
        for (var i = 0; i < stories.Length; i++)
        {
            Assert.Equal(stories[i].Title, document.Stories[i].Title);
            Assert.Equal(stories[i].Description, document.Stories[i].Description);
            Assert.Equal(stories[i].Criteria.ToArray(), document.Stories[i].Criteria.ToArray());
        }

        Assert.Equal(text, StoryMarkdownWriter.Write(document.Heading, document.Stories));
    }

    [Fact]
    public void Read_WithoutAProjectHeadingAndWithWindowsLineEndings_ReadsTheStories()
    {
        var document = StoryMarkdownReader.Read("\r\n## Login\r\nAs a user I sign in.\r\n**Acceptance Criteria**\r\n- Signs in\r\n");

        Assert.Null(document.Heading);
        Assert.Equal(["Signs in"], Assert.Single(document.Stories).Criteria.ToArray());
    }

    [Theory]
    [InlineData("", "Line 1: the document is empty")]
    [InlineData("  \n\n ", "Line 1: the document is empty")]
    [InlineData("# Shop\n", "Line 1: the document has no stories")]
    [InlineData("# Shop\n\nSome notes\n", "Line 3: text outside a story")]
    [InlineData("#Shop\n## A\nd\n**Acceptance Criteria**\n", "Line 1: malformed heading '#Shop'")]
    [InlineData("### A\nd\n**Acceptance Criteria**\n", "Line 1: text outside a story")]
    [InlineData("## A\nd\n**Acceptance Criteria**\n##B\n", "Line 4: malformed heading '##B' inside story 'A'")]
    [InlineData("## A\nd\n**Acceptance Criteria**\n# Shop\n", "Line 4: malformed heading '# Shop' inside story 'A'")]
    [InlineData("##\nd\n**Acceptance Criteria**\n", "Line 1: the story heading has no title")]
    [InlineData("## A\nd\n- x\n## B\nd\n**Acceptance Criteria**\n", "Line 1: story 'A' has no '**Acceptance Criteria**' section")]
    [InlineData("## A\n\n**Acceptance Criteria**\n- x\n", "Line 1: story 'A' has no description")]
    [InlineData("## A\nd\n**Acceptance Criteria**\n* x\n", "Line 4: expected a criterion '- <text>' in story 'A'")]
    [InlineData("## A\nd\n**Acceptance Criteria**\n- ok\n-\n", "Line 5: story 'A': criteria[1]: Describe the criterion")]
    [InlineData("## A\nd\n**Acceptance Criteria**\n\n## a\nd\n**Acceptance Criteria**\n", "Line 5: the title 'a' is used again (first on line 1)")]
    public void Read_ABadFile_NamesTheProblemAndItsLine(string markdown, string expected)
    {
        var error = Assert.Throws<DomainException>(() => StoryMarkdownReader.Read(markdown));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        Assert.Contains(error.Errors, e => e.Field == "markdown" && e.Message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AFileOverOneMegabyte_IsRefusedWithTheLimit()
    {
        var huge = "## A\n" + new string('x', 1024 * 1024) + "\n**Acceptance Criteria**\n";

        var error = Assert.Throws<DomainException>(() => StoryMarkdownReader.Read(huge));

        Assert.Contains("limit is 1,048,576 (1 MB)", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ATooLongTitle_NamesTheStoryLineAndTheField()
    {
        var error = Assert.Throws<DomainException>(() =>
            StoryMarkdownReader.Read($"## A\nd\n**Acceptance Criteria**\n\n## {new string('t', 201)}\nd\n**Acceptance Criteria**\n"));

        Assert.StartsWith("Line 5: story '", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("title: Keep the title to 200 characters", error.Errors[0].Message, StringComparison.Ordinal);
    }
}
