using CodeMySpec.Coordinator;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using Npgsql;
using static CodeMySpec.Grains.Tests.Coordinator.PhoenixProject;

namespace CodeMySpec.Grains.Tests.Coordinator;

[Collection(ClusterCollection.Name)]
public sealed partial class CoordinatorGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task NextActions_WithNoEvidence_AreSpecsInDependencyOrder()
    {
        var project = await PhoenixProject.CreateAsync(Grains);

        var actions = await project.Coordinator.GetNextActionsAsync(project.Person, 50);

        Assert.Equal(6, actions.Length);
        Assert.All(actions, a => Assert.Equal("spec_file", a.Requirement));
        Assert.Equal("context_spec", actions.Single(a => a.ModuleName == "Shop.Catalog").SessionType);
        Assert.Equal("component_spec", actions.Single(a => a.ModuleName == "Shop.Catalog.Pricing").SessionType);
        var order = actions.Select(a => a.ModuleName).ToList();
        Assert.True(order.IndexOf("Shop.Catalog") < order.IndexOf("Shop.Orders"));
        Assert.True(order.IndexOf("Shop.Catalog") < order.IndexOf("ShopWeb.ProductLive"));
    }

    [Fact]
    public async Task Sync_OfAPhoenixProject_ReconcilesEveryRequirementFromTheEvidence()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        foreach (var module in new[] { "Shop.Catalog", "Shop.Catalog.Product", "Shop.Catalog.Pricing", "Shop.Orders" })
        {
            await project.StoreSpecAsync(module);
            await project.ApproveAsync(module);
        }

        // Checkout's spec file is in the repository but it never validated, so nothing is stored for it.
        var invalid = await Assert.ThrowsAsync<DomainException>(() =>
            project.Scenario.Architecture.PutSpecAsync(project.Scenario.Owner, project["Shop.Orders.Checkout"].Id, "# Shop.Orders.Checkout\n\nNo sections."));
        Assert.Equal(DomainErrorKind.Validation, invalid.Kind);

        var outcome = await project.Coordinator.SyncAsync(project.Person, Files(
            "docs/spec/shop/catalog.spec.md", "docs/spec/shop/catalog/design_review.md", "lib/shop/catalog.ex", "test/shop/catalog_test.exs",
            "docs/spec/shop/catalog/product.spec.md", "lib/shop/catalog/product.ex",
            "docs/spec/shop/catalog/pricing.spec.md", "lib/shop/catalog/pricing.ex", "test/shop/catalog/pricing_test.exs",
            "docs/spec/shop/orders.spec.md", "docs/spec/shop/orders/design_review.md",
            "docs/spec/shop/orders/checkout.spec.md", "lib/shop/orders/checkout.ex",
            "mix.exs", "README.md"));
        Assert.Equal(15, outcome.Files);

        var product = await project.RequirementsAsync("Shop.Catalog.Product");
        Assert.Equal(["spec_file", "spec_valid", "design_approved", "implementation_file"], Names(product));
        Assert.True(product.Complete);

        // Tests that never ran are not passing, even though the test file exists.
        var pricing = await project.RequirementsAsync("Shop.Catalog.Pricing");
        Assert.Equal("not_run", pricing.TestStatus);
        Assert.False(Requirement(pricing, "tests_passing").Satisfied);
        Assert.True(Requirement(pricing, "tests_passing").Actionable);
        Assert.Equal("run tests", pricing.NextAction);

        await project.Coordinator.ReportTestsAsync(project.Person, JUnit(
            ("test/shop/catalog/pricing_test.exs", "prices include tax", true),
            ("/home/dev/shop/test/shop/catalog_test.exs", "lists products", true),
            ("/home/dev/shop/test/shop/catalog_test.exs", "hides archived products", false)));

        pricing = await project.RequirementsAsync("Shop.Catalog.Pricing");
        Assert.Equal(("passing", true), (pricing.TestStatus, pricing.Complete));

        var catalog = await project.RequirementsAsync("Shop.Catalog");
        Assert.Equal(["spec_file", "spec_valid", "children_designs", "review_file", "design_approved", "children_implementations",
            "dependencies_satisfied", "implementation_file", "test_file", "tests_passing"], Names(catalog));
        Assert.Equal(("failing", "fix tests"), (catalog.TestStatus, catalog.NextAction));
        Assert.Equal(["ExUnit hides archived products"], catalog.FailingTests.ToArray());
        Assert.Contains("hides archived products", Requirement(catalog, "tests_passing").Details);

        var checkout = await project.RequirementsAsync("Shop.Orders.Checkout");
        Assert.True(Requirement(checkout, "spec_file").Satisfied);
        Assert.True(Requirement(checkout, "spec_valid").Actionable);
        Assert.True(Requirement(checkout, "implementation_file").Satisfied);
        Assert.False(Requirement(checkout, "implementation_file").EffectivelySatisfied);

        // Orders waits for Catalog: blocked, so it is not a next action.
        var orders = await project.RequirementsAsync("Shop.Orders");
        Assert.Equal("wait for dependencies", orders.NextAction);
        Assert.Contains("Shop.Catalog", Requirement(orders, "dependencies_satisfied").Details);
        var actions = await project.Coordinator.GetNextActionsAsync(project.Person, 50);
        Assert.DoesNotContain(actions, a => a.ModuleName == "Shop.Orders");
        Assert.Equal(("tests_passing", "component_code"), actions.Where(a => a.ModuleName == "Shop.Catalog").Select(a => (a.Requirement, a.SessionType)).Single());

        // The next run of the catalog's test file replaces its earlier results; Orders moves on to its code.
        await project.Coordinator.ReportTestsAsync(project.Person, JUnit(("test/shop/catalog_test.exs", "lists products", true)));
        Assert.True((await project.RequirementsAsync("Shop.Catalog")).Complete);
        orders = await project.RequirementsAsync("Shop.Orders");
        Assert.Equal("implement code", orders.NextAction);
        Assert.True(Requirement(orders, "implementation_file").Actionable);

        Assert.Equal(15, await CountAsync("coordinator_files", project.Scenario.ProjectId));
        Assert.Equal(2, await CountAsync("coordinator_tests", project.Scenario.ProjectId));
    }

    [Fact]
    public async Task Sync_WithADelta_AddsAndRemovesPaths()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        await project.Coordinator.SyncAsync(project.Person, Files("docs/spec/shop/catalog.spec.md", "mix.exs"));

        var outcome = await project.Coordinator.SyncAsync(project.Person, new ProjectSync(false, ["lib/shop/catalog.ex"], ["mix.exs"], null));

        Assert.Equal(2, outcome.Files);
        Assert.True((await project.RequirementsAsync("Shop.Catalog")).DesignExists);
        Assert.Equal(2, await CountAsync("coordinator_files", project.Scenario.ProjectId));
    }

    [Fact]
    public async Task Sync_WithAnotherFullList_ReplacesTheHeldListAndItsRows()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        await project.Coordinator.SyncAsync(project.Person, Files("docs/spec/shop/catalog.spec.md", "lib/shop/catalog.ex", "mix.exs"));

        var outcome = await project.Coordinator.SyncAsync(project.Person, Files("lib/shop/catalog.ex", "mix.exs", "test/shop/catalog_test.exs"));

        var catalog = await project.RequirementsAsync("Shop.Catalog");
        Assert.Equal(3, outcome.Files);
        Assert.Equal((false, true, true), (catalog.DesignExists, catalog.CodeExists, catalog.TestExists));
        Assert.Equal(3, await CountAsync("coordinator_files", project.Scenario.ProjectId));
        Assert.Equal(0, await CountAsync("coordinator_files", project.Scenario.ProjectId, "docs/spec/shop/catalog.spec.md"));
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("/home/dev/shop/lib/shop.ex")]
    [InlineData("lib/../../secret.ex")]
    [InlineData("C:/shop/lib/shop.ex")]
    [InlineData("lib\\shop.ex")]
    [InlineData("")]
    public async Task Sync_WithABadPath_IsRefusedAndKeepsTheEvidence(string path)
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        await project.Coordinator.SyncAsync(project.Person, Files("docs/spec/shop/catalog.spec.md"));

        var error = await Assert.ThrowsAsync<DomainException>(() => project.Coordinator.SyncAsync(project.Person, Files("lib/shop.ex", path)));

        Assert.Equal("files[1]", Assert.Single(error.Errors).Field);
        Assert.True((await project.RequirementsAsync("Shop.Catalog")).DesignExists);
    }

    [Theory]
    [InlineData("<testsuites><testsuite><testcase name=\"a\"", "malformed")]
    [InlineData("{\"stats\": {\"tests\": 1}, \"tests\": [", "JSON")]
    [InlineData("PASS 3 tests", "neither JSON")]
    [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><testsuite>&e;</testsuite>", "malformed")]
    public async Task ReportTests_Malformed_IsRefusedAndKeepsEarlierResults(string report, string expected)
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        await project.Coordinator.SyncAsync(project.Person, Files("test/shop/catalog/pricing_test.exs"));
        await project.Coordinator.ReportTestsAsync(project.Person, JUnit(("test/shop/catalog/pricing_test.exs", "prices", true)));

        var error = await Assert.ThrowsAsync<DomainException>(() => project.Coordinator.ReportTestsAsync(project.Person, report));

        Assert.Equal("test_results", error.Errors.Single().Field);
        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("passing", (await project.RequirementsAsync("Shop.Catalog.Pricing")).TestStatus);
    }

    [Fact]
    public async Task ReportTests_Oversized_IsRefused()
    {
        var project = await PhoenixProject.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            project.Coordinator.ReportTestsAsync(project.Person, "<testsuite>" + new string(' ', 9 * 1024 * 1024) + "</testsuite>"));

        Assert.Contains("limit", error.Message);
    }

    [Fact]
    public async Task Reports_ForAnotherTenantsProject_AreRefused()
    {
        var project = await PhoenixProject.CreateAsync(Grains);
        var other = await PhoenixProject.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => other.Coordinator.SyncAsync(project.Person, Files("mix.exs")));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }

    private async Task<long> CountAsync(string table, Guid projectId, string? path = null)
    {
        await using var command = fixture.Database.CreateCommand($"SELECT count(*) FROM {table} WHERE project_id = $1" + (path is null ? "" : " AND path = $2"));
        command.Parameters.Add(new NpgsqlParameter { Value = projectId });
        if (path is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = path });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
