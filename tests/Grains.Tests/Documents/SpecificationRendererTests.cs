using CodeMySpec.Documents;

namespace CodeMySpec.Grains.Tests.Documents;

public sealed class SpecificationRendererTests
{
    [Fact]
    public void Render_Spec_ListsRequiredOptionalAndEachSectionsFormat()
    {
        var specification = SpecificationRenderer.Render(DocumentType.Spec);

        Assert.Equal(["Functions OR Delegates", "Dependencies"], specification.RequiredSections.ToArray());
        Assert.Equal(["Fields"], specification.OptionalSections.ToArray());
        Assert.Contains("- `## Functions` OR `## Delegates`", specification.Text, StringComparison.Ordinal);
        Assert.Contains("`# MyApp.Accounts.User`", specification.Text, StringComparison.Ordinal);
        Assert.Contains("No other sections are allowed.", specification.Text, StringComparison.Ordinal);
        Assert.Contains(FieldsParser.Format.TrimEnd(), specification.Text, StringComparison.Ordinal);
        Assert.Contains("**Test Assertions**:", specification.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DesignReview_AsksForNoTitle()
    {
        var specification = SpecificationRenderer.Render(DocumentType.DesignReview);

        Assert.Equal(["Overview", "Architecture", "Integration", "Conclusion"], specification.RequiredSections.ToArray());
        Assert.Equal(["Stories", "Issues"], specification.OptionalSections.ToArray());
        Assert.DoesNotContain("H1 title", specification.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentType.Spec)]
    [InlineData(DocumentType.Schema)]
    [InlineData(DocumentType.ContextSpec)]
    [InlineData(DocumentType.DesignReview)]
    public void Render_EveryTypesSectionsAreExactlyTheValidatorsSections(DocumentType type)
    {
        var definition = DocumentDefinitions.For(type);
        var text = SpecificationRenderer.Render(type).Text;

        // Each known section has a format heading in the rendered text; a document built from those headings has no
        // missing or disallowed sections.
        foreach (var key in definition.Known)
        {
            Assert.Contains($"\n## {SectionFormats.Heading(key)}\n", text, StringComparison.Ordinal);
        }

        var skeleton = "# MyApp.X\n\n" + string.Concat(definition.Known.Select(key => $"## {SectionFormats.Heading(key)}\n\n"));
        Assert.DoesNotContain(DocumentEngine.Validate(type, skeleton).Errors,
            e => e.Message.StartsWith("Missing required", StringComparison.Ordinal) || e.Message.StartsWith("Disallowed", StringComparison.Ordinal));
    }
}
