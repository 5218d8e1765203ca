using CodeMySpec.Projects;

namespace CodeMySpec.Grains.Tests.Rules;

public sealed class ProjectRulesTests
{
    [Theory]
    [InlineData("https://github.com/acme/shop", true)]
    [InlineData("ssh://git@github.com/acme/shop.git", true)]
    [InlineData("git@github.com:acme/shop.git", true)]
    [InlineData("ftp://example.com/shop", false)]
    [InlineData("github.com/acme/shop", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Validate_AcceptsRepositoryUrlsAgentsCanClone(string url, bool valid)
    {
        var errors = ProjectRules.Validate(new ProjectDefinition("Shop", null, "Shop", url, null));

        Assert.Equal(valid, errors.IsEmpty);
    }

    [Theory]
    [InlineData("MyApp", true)]
    [InlineData("Shop2", true)]
    [InlineData("myApp", false)]
    [InlineData("My.App", false)]
    [InlineData("My_App", false)]
    public void Validate_WantsAnElixirRootModuleName(string moduleName, bool valid) =>
        Assert.Equal(valid, ProjectRules.Validate(new ProjectDefinition("Shop", null, moduleName, null, null)).IsEmpty);
}
