using System.Text;
using CodeMySpec.Documents;

namespace CodeMySpec.Grains.Tests.Documents;

public sealed class DocumentLimitsTests
{
    [Fact]
    public void Validate_DocumentOverTheSizeLimit_IsRefusedWithoutParsing()
    {
        var content = "# MyApp.X\n\n" + new string('a', DocumentLimits.MaxBytes);

        var result = DocumentEngine.Validate(DocumentType.Spec, content);

        Assert.False(result.Valid);
        Assert.StartsWith("Document is too large: ", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(result.Sections);
    }

    [Fact]
    public void Validate_SizeIsCountedInUtf8Bytes()
    {
        // 100k three-byte characters: under the limit in chars, over it in bytes.
        var content = "# MyApp.X\n\n" + new string('€', 100_000);

        Assert.StartsWith("Document is too large", Assert.Single(DocumentEngine.Validate(DocumentType.Spec, content).Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    public void Validate_DeeplyNestedBlocks_AreRefusedWithANestingError(string marker)
    {
        var nested = string.Concat(Enumerable.Range(0, 200).Select(depth => (marker == "- " ? new string(' ', depth * 2) : string.Concat(Enumerable.Repeat(marker, depth))) + marker + "x\n"));
        var content = "# MyApp.X\n\n## Dependencies\n\n" + nested;

        var error = Assert.Single(DocumentEngine.Validate(DocumentType.Spec, content).Errors);

        Assert.StartsWith($"Document nesting is too deep: more than {DocumentLimits.MaxNesting} levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExtremeQuoteNestingInOneLine_IsRefusedQuickly()
    {
        var content = "# MyApp.X\n\n" + new string('>', DocumentLimits.MaxBytes - 20);

        var result = DocumentEngine.Validate(DocumentType.Spec, content);

        Assert.False(result.Valid);
        Assert.StartsWith("Document nesting is too deep", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("[")]
    [InlineData("![")]
    public void Validate_ParagraphFullOfEmphasisOrLinkOpeners_IsRefusedBeforeInlineParsing(string run)
    {
        var content = "# MyApp.X\n\n## Dependencies\n\n- " + string.Concat(Enumerable.Repeat(run + "a", (DocumentLimits.MaxBytes - 100) / (run.Length + 1)));

        var error = Assert.Single(DocumentEngine.Validate(DocumentType.Spec, content).Errors);

        Assert.StartsWith("A paragraph has too many '*' and '[' characters: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
    }

    [Theory]
    [InlineData("`")]
    [InlineData("<")]
    [InlineData("_")]
    [InlineData("*a ")]
    public void Validate_LongRunsOfInlineMarkersUnderTheLimits_AreParsedNotRefused(string run)
    {
        var paragraph = string.Concat(Enumerable.Repeat(run + "a", DocumentLimits.MaxInlineMarkers / 2)) + "\n\n";
        var content = "# MyApp.X\n\n## Dependencies\n\n" + string.Concat(Enumerable.Repeat(paragraph, (DocumentLimits.MaxBytes - 100) / paragraph.Length));

        var result = DocumentEngine.Validate(DocumentType.Spec, content);

        Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("A paragraph has too many", StringComparison.Ordinal)
            || e.Message.StartsWith("Document nesting is too deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LargeValidSpecNearTheSizeLimit_IsValid()
    {
        var functions = new StringBuilder();
        for (var i = 0; functions.Length < DocumentLimits.MaxBytes - 4_000; i++)
        {
            functions.Append($"### fun_{i}/1\nDoes thing {i}.\n```elixir\n@spec fun_{i}(term()) :: :ok\n```\n**Process**:\n1. Step one.\n2. Step two.\n\n**Test Assertions**:\n- returns :ok\n\n");
        }

        var content = $"# MyApp.Big\n\n## Functions\n\n{functions}## Dependencies\n\n- MyApp.Repo\n";
        var result = DocumentEngine.Validate(DocumentType.Spec, content);

        Assert.True(result.Valid, string.Join("\n", result.Errors.Take(3).Select(e => e.Message)));
        Assert.True(result.Functions.Length > 1_000);
    }
}
