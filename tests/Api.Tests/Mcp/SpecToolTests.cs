using System.Net;
using System.Net.Http.Json;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>Specs and component views as an agent reads them through a real MCP client.</summary>
[Collection(ServiceCollection.Name)]
public sealed class SpecToolTests(ServiceFixture service)
{
    private const string OrdersSpec = """
        # Shop.Orders

        The orders context.

        ## Delegates

        - place_order/1: Shop.Orders.Checkout.place_order/1

        ## Dependencies

        - Shop.Catalog

        ## Components

        ### Shop.Orders.Order
        The order schema.
        """;

    [Fact]
    public async Task StoredSpec_IsReadByModuleOrId_AndListed_AndShownInTheView()
    {
        var (agent, owner) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var orders = (await agent.CallAsync("create_component", new { name = "Orders", type = "context", module_name = "Shop.Orders" })).GetProperty("id").GetGuid();
        var missing = await agent.FailAsync("get_spec", new { module_name = "Shop.Orders" });
        await owner.Http.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{agent.ProjectId}/components/{orders}/spec")
        {
            Content = JsonContent.Create(new { content = OrdersSpec }),
        }).ContinueWith(t => Assert.Equal(HttpStatusCode.OK, t.Result.StatusCode));

        var byModule = await agent.CallRawAsync("get_spec", new { module_name = "Shop.Orders" });
        var byId = await agent.CallAsync("get_spec", new { component_id = orders });
        var list = await agent.CallAsync("list_specs");
        var names = await agent.CallAsync("list_spec_names");
        var view = await agent.CallRawAsync("get_component_view", new { component_id = orders });
        var ambiguous = await agent.FailAsync("get_spec");

        Assert.Contains("no spec yet", missing);
        Assert.StartsWith("# Shop.Orders", AgentConnection.Text(byModule));
        Assert.Equal(OrdersSpec, byId.GetProperty("content").GetString());
        var hash = byId.GetProperty("summary").GetProperty("content_hash").GetString();
        Assert.Equal(hash, list.GetProperty("specs")[0].GetProperty("content_hash").GetString());
        Assert.Equal(["Shop.Orders"], names.GetProperty("module_names").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains("Shop.Orders", AgentConnection.Text(view));
        Assert.Contains(hash!, AgentConnection.Text(view));
        Assert.Contains("module_name", ambiguous);
    }
}
