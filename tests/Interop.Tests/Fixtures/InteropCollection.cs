namespace CodeMySpec.Interop.Tests.Fixtures;

/// <summary>The interop tests share one running service and use fresh people and projects.</summary>
[CollectionDefinition(Name)]
public sealed class InteropCollection : ICollectionFixture<InteropService>
{
    public const string Name = "interop";
}
