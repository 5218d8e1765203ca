using CodeMySpec.Coordinator;
using CodeMySpec.Errors;
using Npgsql;
using static CodeMySpec.Grains.Tests.Coordinator.PhoenixProject;

namespace CodeMySpec.Grains.Tests.Coordinator;

public sealed partial class CoordinatorGrainTests
{
    private static readonly string[] ShopFiles = ["docs/spec/shop/catalog.spec.md", "lib/shop/catalog.ex", "test/shop/catalog_test.exs", "mix.exs"];

    [Fact]
    public async Task Sync_OfTheSameReportAgain_RewritesNoRow_AndAChangedTestRewritesOnlyItsFile()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var report = JUnit(("test/shop/catalog_test.exs", "lists products", true), ("test/shop/catalog/pricing_test.exs", "prices", true));
        await project.Coordinator.SyncAsync(project.Person, new ProjectSync(true, [.. ShopFiles], [], report));
        var before = await RowVersionsAsync(project.Scenario.ProjectId);

        var again = await project.Coordinator.SyncAsync(project.Person, new ProjectSync(true, [.. ShopFiles], [], report));

        Assert.Equal((4, 2), (again.Files, again.TestsRecorded));
        Assert.Equal(before, await RowVersionsAsync(project.Scenario.ProjectId));

        await project.Coordinator.ReportTestsAsync(project.Person,
            JUnit(("test/shop/catalog_test.exs", "lists products", false), ("test/shop/catalog/pricing_test.exs", "prices", true)));

        var after = await RowVersionsAsync(project.Scenario.ProjectId);
        Assert.Equal(before.Where(r => !r.StartsWith("test:test/shop/catalog_test.exs", StringComparison.Ordinal)),
            after.Where(r => !r.StartsWith("test:test/shop/catalog_test.exs", StringComparison.Ordinal)));
        Assert.NotEqual(before, after);
        Assert.Equal("failing", (await project.RequirementsAsync("Shop.Catalog")).TestStatus);
    }

    [Fact]
    public async Task Sync_AfterAnotherWriterChangedTheEvidence_IsAConflict_AndTheRetryReadsWhatItStored()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        await project.Coordinator.SyncAsync(project.Person, Files(ShopFiles));

        // What a second activation of the same coordinator (possible for a moment while a silo is lost) would have written.
        await ExecuteAsync("INSERT INTO coordinator_files (project_id, path) VALUES ($1, 'docs/spec/shop/catalog/design_review.md')", project.Scenario.ProjectId);
        await ExecuteAsync("UPDATE coordinator_evidence_versions SET version = version + 1 WHERE project_id = $1", project.Scenario.ProjectId);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            project.Coordinator.SyncAsync(project.Person, new ProjectSync(false, ["lib/shop/orders.ex"], [], null)));
        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("Send it again", error.Message);
        Assert.Equal(0, await CountAsync("coordinator_files", project.Scenario.ProjectId, "lib/shop/orders.ex"));

        var retried = await project.Coordinator.SyncAsync(project.Person, new ProjectSync(false, ["lib/shop/orders.ex"], [], null));

        Assert.Equal(6, retried.Files);
        Assert.True(Requirement(await project.RequirementsAsync("Shop.Catalog"), "review_file").Satisfied);
    }

    /// <summary>Each stored row with its PostgreSQL row version (xmin), which changes whenever the row is rewritten.</summary>
    private async Task<List<string>> RowVersionsAsync(Guid projectId)
    {
        await using var command = fixture.Database.CreateCommand("""
            SELECT 'file:' || path || '@' || xmin::text FROM coordinator_files WHERE project_id = $1
            UNION ALL SELECT 'test:' || file || '#' || seq || '@' || xmin::text || '@' || reported_at::text FROM coordinator_tests WHERE project_id = $1
            ORDER BY 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = projectId });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql, Guid projectId)
    {
        await using var command = fixture.Database.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = projectId });
        await command.ExecuteNonQueryAsync();
    }
}
