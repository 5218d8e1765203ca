using CodeMySpec.Architecture;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Silo.Architecture;
using Orleans.Storage;

namespace CodeMySpec.Grains.Tests.Architecture;

[Collection(ClusterCollection.Name)]
public sealed class ArchitectureStoreTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Save_FromAStaleVersion_IsRefusedAndWritesNothing()
    {
        var store = new PostgresArchitectureStore(fixture.Database);
        var projectId = Guid.NewGuid();
        var first = Changes(new ComponentRow(Guid.NewGuid(), "A", "A", "context", null, 0, null));
        Assert.Equal(1, await store.SaveAsync(projectId, 0, first));

        // A second activation that loaded version 0 (split brain) tries to write on top.
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            store.SaveAsync(projectId, 0, Changes(new ComponentRow(Guid.NewGuid(), "B", "B", "context", null, 0, null))));
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            store.SaveAsync(projectId, 5, Changes(new ComponentRow(Guid.NewGuid(), "C", "C", "context", null, 0, null))));

        var stored = await store.LoadAsync(projectId);
        Assert.Equal((1L, "A"), (stored.Version, stored.Components.Single().ModuleName));
    }

    [Fact]
    public async Task Save_OfOneDependency_TouchesOnlyThatRow()
    {
        var store = new PostgresArchitectureStore(fixture.Database);
        var projectId = Guid.NewGuid();
        var (a, b) = (new ComponentRow(Guid.NewGuid(), "A", "A", "context", "first", 1, null), new ComponentRow(Guid.NewGuid(), "B", "B", "schema", null, 2, null));
        var version = await store.SaveAsync(projectId, 0, Changes(a, b));
        var dependency = new ArchitectureChanges();
        dependency.AddedDependencies.Add(new Dependency(a.Id, b.Id));
        dependency.AddedLinks.Add(SimilarLink.Of(a.Id, b.Id));

        version = await store.SaveAsync(projectId, version, dependency);
        var stored = await store.LoadAsync(projectId);

        Assert.Equal(2, version);
        Assert.Equal([a, b], stored.Components.OrderBy(c => c.ModuleName));
        Assert.Equal(new Dependency(a.Id, b.Id), stored.Dependencies.Single());
        Assert.Equal(SimilarLink.Of(a.Id, b.Id), stored.Links.Single());
    }

    private static ArchitectureChanges Changes(params ComponentRow[] rows)
    {
        var changes = new ArchitectureChanges();
        changes.UpsertedComponents.AddRange(rows);
        return changes;
    }
}
