using CodeMySpec.Documents;
using CodeMySpec.Errors;
using CodeMySpec.Profiles;
using static CodeMySpec.Profiles.RequirementKind;

namespace CodeMySpec.Grains.Tests.Profiles;

public sealed class StackProfileTests
{
    private static readonly StackProfile Phoenix = StackProfiles.Get("phoenix");

    [Theory]
    [InlineData("MyApp.Accounts.User", "my_app/accounts/user")]
    [InlineData("MyApp.HTTPClient", "my_app/http_client")]
    [InlineData("Shop2.V1", "shop2/v1")]
    [InlineData("MyApp.OAuth2Server", "my_app/o_auth2_server")]
    [InlineData("MyApp.APIV2", "my_app/apiv2")]
    [InlineData("MyApp.JSON", "my_app/json")]
    [InlineData("MyApp.Web.UserLive.FormComponent", "my_app/web/user_live/form_component")]
    [InlineData("My_App.Snake_Case", "my_app/snake_case")]
    public void Underscore_ModuleName_GivesElixirStylePath(string module, string path) =>
        Assert.Equal(path, ModulePaths.Underscore(module));

    [Theory]
    [InlineData("")]
    [InlineData("myApp")]
    [InlineData("MyApp..User")]
    [InlineData("MyApp.user")]
    [InlineData("MyApp/User")]
    [InlineData("../Etc")]
    public void Underscore_InvalidModuleName_IsRefused(string module)
    {
        var error = Assert.Throws<DomainException>(() => ModulePaths.Underscore(module));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
    }

    [Fact]
    public void PathsFor_Schema_FollowsTheOneToOneToOneRule()
    {
        var paths = Phoenix.PathsFor("MyApp.Accounts.User", "schema");

        Assert.Equal("docs/spec/my_app/accounts/user.spec.md", paths.SpecFile);
        Assert.Equal("lib/my_app/accounts/user.ex", paths.CodeFile);
        Assert.Equal("test/my_app/accounts/user_test.exs", paths.TestFile);
        Assert.Null(paths.ReviewFile);
        Assert.Null(paths.OwnedFolder);
    }

    [Fact]
    public void PathsFor_Context_HasItsReviewBesideItsSpecAndOwnsItsFolder()
    {
        var paths = Phoenix.PathsFor("MyApp.Accounts", "context");

        Assert.Equal("docs/spec/my_app/accounts.spec.md", paths.SpecFile);
        Assert.Equal("docs/spec/my_app/accounts/design_review.md", paths.ReviewFile);
        Assert.Equal("lib/my_app/accounts.ex", paths.CodeFile);
        Assert.Equal("lib/my_app/accounts/", paths.OwnedFolder);
        Assert.StartsWith(paths.OwnedFolder, Phoenix.PathsFor("MyApp.Accounts.User", "schema").CodeFile, StringComparison.Ordinal);
    }

    [Fact]
    public void Phoenix_HasTheFifteenComponentTypes()
    {
        Assert.Equal(
            ["behaviour", "context", "controller", "coordination_context", "genserver", "json", "live_context", "liveview",
             "liveview_component", "other", "registry", "repository", "schema", "service", "task"],
            Phoenix.ComponentTypes.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("context", DocumentType.ContextSpec)]
    [InlineData("coordination_context", DocumentType.ContextSpec)]
    [InlineData("live_context", DocumentType.ContextSpec)]
    [InlineData("schema", DocumentType.Schema)]
    [InlineData("behaviour", DocumentType.Spec)]
    [InlineData("liveview_component", DocumentType.Spec)]
    public void Type_NamesItsDocumentType(string type, DocumentType document) =>
        Assert.Equal(document, Phoenix.Type(type).DocumentType);

    [Fact]
    public void Type_Requirements_AreOrderedPerDomain()
    {
        Assert.Equal(
            [SpecFile, SpecValid, ChildrenDesigns, ReviewFile, ChildrenImplementations, DependenciesSatisfied, ImplementationFile, TestFile, TestsPassing],
            Phoenix.Type("live_context").Requirements.ToArray());
        Assert.Equal([SpecFile, SpecValid, ImplementationFile], Phoenix.Type("schema").Requirements.ToArray());
        Assert.Equal([SpecFile, SpecValid, ImplementationFile], Phoenix.Type("behaviour").Requirements.ToArray());
        Assert.Equal([SpecFile, SpecValid, ImplementationFile, TestFile, TestsPassing], Phoenix.Type("genserver").Requirements.ToArray());
    }

    [Fact]
    public void Type_Unknown_IsRefusedListingTheKnownTypes()
    {
        var error = Assert.Throws<DomainException>(() => Phoenix.Type("widget"));

        Assert.Contains("'widget' is not a component type of the phoenix profile; use one of: behaviour, context,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownProfile_IsRefusedNamingTheKnownOnes()
    {
        var error = Assert.Throws<DomainException>(() => StackProfiles.Get("rails"));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        Assert.Contains("'rails' is not a known stack profile; use one of: phoenix.", error.Message, StringComparison.Ordinal);
    }
}
