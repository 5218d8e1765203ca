namespace CodeMySpec.Grains.Tests.Fixtures;

/// <summary>All grain tests share one test cluster.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
