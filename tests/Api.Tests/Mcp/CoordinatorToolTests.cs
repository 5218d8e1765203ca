using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>The coordinator tools as agents use them through a real MCP client: report evidence, claim, heartbeat, complete.</summary>
[Collection(ServiceCollection.Name)]
public sealed class CoordinatorToolTests(ServiceFixture service)
{
    private static readonly string[] Files =
    [
        "docs/spec/shop/catalog.spec.md", "lib/shop/catalog.ex", "test/shop/catalog_test.exs",
        "docs/spec/shop/catalog/pricing.spec.md", "lib/shop/catalog/pricing.ex", "test/shop/catalog/pricing_test.exs",
        "docs/spec/shop/orders.spec.md", "mix.exs",
    ];

    private const string Report = """
        <?xml version="1.0"?>
        <testsuites><testsuite name="mix test">
          <testcase classname="Shop.Catalog.PricingTest" name="test adds tax" file="/home/dev/shop/test/shop/catalog/pricing_test.exs"/>
          <testcase classname="Shop.CatalogTest" name="test lists products" file="test/shop/catalog_test.exs">
            <failure message="Assertion failed">expected 3 products</failure>
          </testcase>
        </testsuite></testsuites>
        """;

    [Fact]
    public async Task TwoAgents_ReportEvidence_ClaimDifferentComponents_ExtendAndComplete()
    {
        var (agent, owner) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        await using var second = await SecondAgentAsync(owner, agent.ProjectId);
        await CreateShopAsync(agent);

        var synced = await agent.CallAsync("sync_project", new { files = Files, test_results = Report });
        var actions = await agent.CallAsync("get_next_actions", new { limit = 50 });
        var first = (await agent.CallAsync("claim_next_action")).GetProperty("claim");
        var other = (await second.CallAsync("claim_next_action")).GetProperty("claim");
        var extended = await agent.CallAsync("extend_claim", new { claim_id = first.GetProperty("claim_id").GetGuid() });
        var notTheirs = await second.FailAsync("extend_claim", new { claim_id = first.GetProperty("claim_id").GetGuid() });
        var completed = await agent.CallAsync("complete_claim", new { claim_id = first.GetProperty("claim_id").GetGuid() });
        var catalog = await agent.CallAsync("show_component_requirements", new { component_id = ComponentId(actions, "Shop.Catalog") });

        Assert.Equal((8, 2), (synced.GetProperty("files").GetInt32(), synced.GetProperty("tests_recorded").GetInt32()));
        var listed = actions.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("module_name").GetString()).ToList();
        Assert.Equal(5, listed.Count);
        Assert.True(listed.IndexOf("Shop.Catalog") < listed.IndexOf("Shop.Orders"), "Shop.Orders depends on Shop.Catalog, so it comes later.");
        Assert.NotEqual(first.GetProperty("component_id").GetGuid(), other.GetProperty("component_id").GetGuid());
        Assert.True(extended.GetProperty("expires_at").GetDateTimeOffset() >= first.GetProperty("expires_at").GetDateTimeOffset());
        Assert.Contains("held by another agent", notTheirs);
        Assert.Equal(first.GetProperty("module_name").GetString(), completed.GetProperty("module_name").GetString());
        Assert.Equal("failing", catalog.GetProperty("test_status").GetString());
        Assert.Equal(["Shop.CatalogTest test lists products"], catalog.GetProperty("failing_tests").EnumerateArray().Select(t => t.GetString()));
        // The second agent's claim is still live and holds its context's line: the context and its child.
        Assert.Equal("Shop.Orders", other.GetProperty("module_name").GetString());
        Assert.Equal(["Shop.Orders", "Shop.Orders.Checkout"], (await agent.CallAsync("get_next_actions", new { limit = 50 })).GetProperty("actions")
            .EnumerateArray().Where(a => a.GetProperty("claimed").GetBoolean()).Select(a => a.GetProperty("module_name").GetString()));
    }

    [Fact]
    public async Task BadPathOrMalformedReport_IsAToolErrorWithAHint_AndKeepsTheEarlierEvidence()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        await CreateShopAsync(agent);
        await agent.CallAsync("sync_project", new { files = Files, test_results = Report });
        var before = (await agent.CallAsync("list_requirements")).GetRawText();

        var badPath = await agent.FailAsync("sync_project", new { files = new[] { "lib/shop/catalog.ex", "lib/../../etc/passwd" } });
        var badDelta = await agent.FailAsync("sync_project", new { added = new[] { "lib/shop/../orders.ex" } });
        var badXml = await agent.FailAsync("sync_project", new { files = Files, test_results = "<testsuites><testsuite><testcase name=\"x\"></testsuite>" });
        var badReport = await agent.FailAsync("report_test_results", new { report = "<testsuites><testcase" });
        var after = await agent.CallAsync("list_requirements");

        Assert.Contains("files[1]", badPath);
        Assert.Contains("'..'", badPath);
        Assert.Contains("added[0]", badDelta);
        Assert.Contains("XML", badXml);
        Assert.Contains("XML", badReport);
        Assert.Equal(before, after.GetRawText());
        var pricing = after.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("module_name").GetString() == "Shop.Catalog.Pricing");
        Assert.Equal(("passing", true), (pricing.GetProperty("test_status").GetString(), pricing.GetProperty("code_exists").GetBoolean()));
    }

    private static async Task CreateShopAsync(AgentConnection agent) =>
        await agent.CallAsync("create_components", new
        {
            components = new object[]
            {
                new { name = "Catalog", module_name = "Shop.Catalog", type = "context", depends_on = Array.Empty<string>() },
                new { name = "Pricing", module_name = "Shop.Catalog.Pricing", type = "service", parent_module_name = "Shop.Catalog" },
                new { name = "Product", module_name = "Shop.Catalog.Product", type = "schema", parent_module_name = "Shop.Catalog" },
                new { name = "Orders", module_name = "Shop.Orders", type = "context", depends_on = new[] { "Shop.Catalog" } },
                new { name = "Checkout", module_name = "Shop.Orders.Checkout", type = "service", parent_module_name = "Shop.Orders" },
            },
        });

    private async Task<AgentConnection> SecondAgentAsync(Person owner, Guid projectId)
    {
        var (clientId, secret) = await owner.CreateAgentClientAsync(projectId);
        var token = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret);
        return await AgentConnection.ConnectAsync(service, projectId, token);
    }

    private static Guid ComponentId(JsonElement actions, string module) =>
        actions.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("module_name").GetString() == module).GetProperty("component_id").GetGuid();
}
