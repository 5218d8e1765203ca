using CodeMySpec.Documents;

namespace CodeMySpec.Grains.Tests.Documents;

public sealed class DocumentEngineTests
{
    [Theory]
    [InlineData(DocumentType.Spec, SampleDocuments.Spec)]
    [InlineData(DocumentType.Schema, SampleDocuments.Schema)]
    [InlineData(DocumentType.ContextSpec, SampleDocuments.ContextSpec)]
    [InlineData(DocumentType.DesignReview, SampleDocuments.DesignReview)]
    public void Validate_WellFormedDocumentOfEachType_IsValid(DocumentType type, string content)
    {
        var result = DocumentEngine.Validate(type, content);

        Assert.True(result.Valid, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Validate_Spec_ReadsTitleAndSectionKeys()
    {
        var result = DocumentEngine.Validate(DocumentType.Spec, SampleDocuments.Spec);

        Assert.Equal("MyApp.Accounts.UserRepository", result.ModuleName);
        Assert.Equal(["functions", "dependencies"], result.Sections.ToArray());
        Assert.Equal(["MyApp.Repo", "MyApp.Accounts.User"], result.Dependencies.ToArray());
    }

    [Fact]
    public void Validate_SpecWithoutDependencies_NamesTheMissingSection()
    {
        var content = SampleDocuments.Spec[..SampleDocuments.Spec.IndexOf("## Dependencies", StringComparison.Ordinal)];

        var result = DocumentEngine.Validate(DocumentType.Spec, content);

        Assert.False(result.Valid);
        Assert.Equal("Missing required sections: dependencies", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Validate_ContextSpecWithOnlyATitle_ListsEveryMissingGroupWithAlternatives()
    {
        var result = DocumentEngine.Validate(DocumentType.ContextSpec, "# MyApp.Accounts\n\nNothing yet.\n");

        Assert.Equal("Missing required sections: functions OR delegates, dependencies, components", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Validate_SpecWithUnknownSections_ListsThemAsDisallowed()
    {
        var result = DocumentEngine.Validate(DocumentType.Spec, SampleDocuments.Spec + "\n## Notes\nx\n\n## Components\n\n### A.B\nc\n");

        Assert.Equal("Disallowed sections found: notes, components", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Validate_DesignReviewWithFunctions_IsDisallowedAndNotParsed()
    {
        var result = DocumentEngine.Validate(DocumentType.DesignReview, SampleDocuments.DesignReview + "\n## Functions\n\n### nonsense\n");

        Assert.Equal("Disallowed sections found: functions", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Validate_DesignReviewMissingConclusion_NamesIt()
    {
        var content = SampleDocuments.DesignReview.Replace("## Conclusion", "## Verdict", StringComparison.Ordinal);

        var errors = DocumentEngine.Validate(DocumentType.DesignReview, content).Errors.Select(e => e.Message);

        Assert.Equal(["Missing required sections: conclusion", "Disallowed sections found: verdict"], errors);
    }

    [Theory]
    [InlineData("MyApp.Accounts\n\n## Dependencies\n- MyApp.Repo")]
    [InlineData("#  MyApp.Accounts\n\n## Dependencies\n- MyApp.Repo")]
    [InlineData("# myApp.accounts\n\n## Dependencies\n- MyApp.Repo")]
    [InlineData("# MyApp Accounts\n\n## Dependencies\n- MyApp.Repo")]
    [InlineData("Intro first.\n\n# MyApp.Accounts\n\n## Dependencies\n- MyApp.Repo")]
    public void Validate_SpecWithoutAValidH1_ReportsTheTitle(string content)
    {
        var result = DocumentEngine.Validate(DocumentType.Spec, content + "\n\n## Delegates\n- a/1: B.a/1\n");

        Assert.Equal("Missing or invalid H1 title", Assert.Single(result.Errors).Message);
        Assert.Null(result.ModuleName);
    }

    [Fact]
    public void Validate_DesignReview_NeedsNoTitle()
    {
        var result = DocumentEngine.Validate(DocumentType.DesignReview, SampleDocuments.DesignReview);

        Assert.True(result.Valid);
        Assert.Null(result.ModuleName);
    }

    [Fact]
    public void Validate_HeadingsAreKeyedLowerCasedAndTrimmed_TextBeforeFirstH2Ignored()
    {
        var content = "# MyApp.X\n\nIntro text, ignored.\n\n"
            + "##   DELEGATES  \n- f/0: MyApp.Y.f/0\n\n## Dependencies\nNone.\n";

        var result = DocumentEngine.Validate(DocumentType.Spec, content);

        Assert.True(result.Valid, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(["delegates", "dependencies"], result.Sections.ToArray());
    }

    [Fact]
    public void Validate_DuplicateSection_IsReportedWithItsLine()
    {
        var result = DocumentEngine.Validate(DocumentType.Spec, SampleDocuments.Spec + "\n## Dependencies\n- MyApp.Other\n");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Duplicate section: dependencies (line ", error.Message, StringComparison.Ordinal);
        Assert.Equal("dependencies", error.Section);
    }
}
