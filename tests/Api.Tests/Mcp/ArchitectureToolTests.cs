using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>The component, dependency and analysis tools as an agent uses them through a real MCP client.</summary>
[Collection(ServiceCollection.Name)]
public sealed class ArchitectureToolTests(ServiceFixture service)
{
    [Fact]
    public async Task BatchOfComponents_WithDependencies_ShowsInLayersAndHealth()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var created = await agent.CallAsync("create_components", new
        {
            components = new object[]
            {
                new { name = "Catalog", module_name = "Shop.Catalog", type = "context", depends_on = Array.Empty<string>() },
                new { name = "Orders", module_name = "Shop.Orders", type = "context", depends_on = new[] { "Shop.Catalog" } },
                new { name = "Order", module_name = "Shop.Orders.Order", type = "schema", parent_module_name = "Shop.Orders" },
            },
        });
        var orders = created.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("module_name").GetString() == "Shop.Orders");
        var story = await agent.CallAsync("create_story", new { title = "Order a cake", description = "As a shopper I order." });
        await agent.CallAsync("set_story_component", new { story_id = story.GetProperty("id").GetGuid(), component_id = orders.GetProperty("id").GetGuid() });

        var view = await agent.CallAsync("show_architecture");
        var health = await agent.CallAsync("architecture_health_summary");
        var statistics = await agent.CallAsync("context_statistics", new { sort_by = "incoming" });
        var validation = await agent.CallAsync("validate_dependency_graph");

        var layers = view.GetProperty("layers").EnumerateArray().ToList();
        Assert.Contains(layers[0].GetProperty("components").EnumerateArray(), c => c.GetProperty("component").GetProperty("module_name").GetString() == "Shop.Catalog");
        Assert.Equal(1, health.GetProperty("stories").GetInt32());
        Assert.Equal(0, health.GetProperty("orphaned_stories").GetInt32());
        Assert.Equal("Shop.Catalog", statistics.GetProperty("components")[0].GetProperty("module_name").GetString());
        Assert.True(validation.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task DependencyThatClosesACycle_IsAToolErrorNamingTheCycle_AndNothingChanges()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var a = (await agent.CallAsync("create_component", new { name = "A", type = "context", module_name = "Shop.A" })).GetProperty("id").GetGuid();
        var b = (await agent.CallAsync("create_component", new { name = "B", type = "context", module_name = "Shop.B" })).GetProperty("id").GetGuid();
        await agent.CallAsync("create_dependency", new { source_component_id = a, target_component_id = b });

        var refused = await agent.FailAsync("create_dependency", new { source_component_id = b, target_component_id = a });
        var batchRefused = await agent.FailAsync("create_dependencies", new { dependencies = new[] { new { source = "Shop.B", target = "Shop.A" } } });
        var components = await agent.CallAsync("list_components");

        Assert.Contains("Shop.A", refused);
        Assert.Contains("Shop.B", batchRefused);
        var bNow = components.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == b);
        Assert.Equal(0, bNow.GetProperty("depends_on").GetArrayLength());
    }

    [Fact]
    public async Task ComponentLifecycle_WithParentSimilarLinksAndImpact()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var orders = (await agent.CallAsync("create_component", new { name = "Orders", type = "context", module_name = "Shop.Orders" })).GetProperty("id").GetGuid();
        var order = await agent.CallAsync("create_component", new { name = "Order", type = "schema", module_name = "Shop.Orders.Order", parent_component_id = orders });
        var billing = (await agent.CallAsync("create_component", new { name = "Billing", type = "context", module_name = "Shop.Billing" })).GetProperty("id").GetGuid();
        await agent.CallAsync("create_dependency", new { source_component_id = billing, target_component_id = orders });
        await agent.CallAsync("add_similar_component", new { component_id = orders, similar_component_id = billing });

        var impact = await agent.CallAsync("component_impact", new { component_id = orders });
        var updated = await agent.CallAsync("update_component", new { component_id = orders, description = "Takes orders." });
        var withSimilar = await agent.CallAsync("get_component", new { component_id = orders });
        await agent.CallAsync("remove_similar_component", new { component_id = orders, similar_component_id = billing });
        await agent.CallAsync("delete_dependency", new { source_component_id = billing, target_component_id = orders });
        var parentRefused = await agent.FailAsync("delete_component", new { component_id = orders });
        await agent.CallAsync("delete_component", new { component_id = order.GetProperty("id").GetGuid() });
        await agent.CallAsync("delete_component", new { component_id = orders });
        var orphans = await agent.CallAsync("orphaned_contexts");

        Assert.Equal(orders, order.GetProperty("parent_component_id").GetGuid());
        Assert.Contains(billing, impact.GetProperty("dependents").EnumerateArray().Select(d => d.GetGuid()));
        Assert.Equal("Takes orders.", updated.GetProperty("description").GetString());
        Assert.Equal("Shop.Orders", updated.GetProperty("module_name").GetString());
        Assert.Contains(billing, withSimilar.GetProperty("similar_to").EnumerateArray().Select(d => d.GetGuid()));
        Assert.Contains("parent of Shop.Orders.Order", parentRefused);
        Assert.Equal(["Shop.Billing"], orphans.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("module_name").GetString()));
    }

    [Fact]
    public async Task UnknownSortOrder_IsAToolErrorListingTheValidOnes()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;

        var refused = await agent.FailAsync("context_statistics", new { sort_by = "size" });

        Assert.Contains("incoming", refused);
    }
}
