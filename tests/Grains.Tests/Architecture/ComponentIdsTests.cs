using CodeMySpec.Architecture;

namespace CodeMySpec.Grains.Tests.Architecture;

public sealed class ComponentIdsTests
{
    [Fact]
    public void V5_OfTheRfc4122DnsExample_MatchesTheKnownVector()
    {
        // The DNS namespace and "www.example.com" give 2ed6657d-e927-568b-95e1-2665a8aea6a2 (Python's uuid.uuid5).
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"), ComponentIds.V5(dns, "www.example.com"));
    }

    [Fact]
    public void For_AModuleOfAProject_IsTheV5OfItsNameInTheCodeMySpecNamespace()
    {
        var project = Guid.Parse("00000000-0000-0000-0000-000000000001");

        // uuid.uuid5(UUID('3c0e8a4b-5f2d-4e1a-9b7c-6d8e2f1a0c35'), 'project:00000000-0000-0000-0000-000000000001:module:MyApp.Accounts')
        Assert.Equal(Guid.Parse("c9237e1c-14b1-5826-b00a-86e6ef00c38d"), ComponentIds.For(project, "MyApp.Accounts"));
    }

    [Fact]
    public void For_SameModuleInAnotherProject_GivesAnotherId()
    {
        Assert.NotEqual(ComponentIds.For(Guid.NewGuid(), "MyApp.Accounts"), ComponentIds.For(Guid.NewGuid(), "MyApp.Accounts"));
    }
}
