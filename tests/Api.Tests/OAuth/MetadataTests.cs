using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.OAuth;

[Collection(ServiceCollection.Name)]
public sealed class MetadataTests(ServiceFixture service)
{
    [Theory]
    [InlineData("/.well-known/oauth-authorization-server")]
    [InlineData("/.well-known/openid-configuration")]
    public async Task Metadata_AdvertisesS256OnlyRegistrationAndRevocation(string path)
    {
        var metadata = await service.Anonymous().GetJsonAsync(path);

        Assert.Equal(["S256"], metadata.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal($"{service.BaseUrl}connect/register", metadata.GetProperty("registration_endpoint").GetString());
        Assert.Equal($"{service.BaseUrl}connect/revoke", metadata.GetProperty("revocation_endpoint").GetString());
        Assert.Equal($"{service.BaseUrl}connect/introspect", metadata.GetProperty("introspection_endpoint").GetString());
        Assert.Contains("client_credentials", metadata.GetProperty("grant_types_supported").EnumerateArray().Select(m => m.GetString()));
    }
}
