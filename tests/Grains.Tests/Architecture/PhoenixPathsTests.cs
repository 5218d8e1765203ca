using CodeMySpec.Architecture;

namespace CodeMySpec.Grains.Tests.Architecture;

public sealed class PhoenixPathsTests
{
    [Theory]
    [InlineData("MyApp.Accounts.User", "my_app/accounts/user")]
    [InlineData("MyAppWeb.UserLive.FormComponent", "my_app_web/user_live/form_component")]
    [InlineData("MyApp.HTTPClient", "my_app/http_client")]
    [InlineData("MyApp.OAuth2", "my_app/o_auth2")]
    public void Underscore_AModuleName_FollowsElixirConventions(string module, string path) =>
        Assert.Equal(path, PhoenixPaths.Underscore(module));

    [Fact]
    public void For_AModule_GivesSpecCodeAndTestPaths()
    {
        var paths = PhoenixPaths.For(Guid.Empty, "MyApp.Accounts.User");

        Assert.Equal(("docs/spec/my_app/accounts/user.spec.md", "lib/my_app/accounts/user.ex", "test/my_app/accounts/user_test.exs"),
            (paths.SpecFile, paths.CodeFile, paths.TestFile));
    }
}
