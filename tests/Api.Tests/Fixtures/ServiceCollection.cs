namespace CodeMySpec.Api.Tests.Fixtures;

/// <summary>API tests share one running service and use fresh people and projects.</summary>
[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "service";
}
