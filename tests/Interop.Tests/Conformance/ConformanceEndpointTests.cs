using CodeMySpec.Api.Tests.Fixtures;
using CodeMySpec.Interop.Tests.Fixtures;
using static CodeMySpec.Interop.Tests.Fixtures.McpClient;

namespace CodeMySpec.Interop.Tests.Conformance;

/// <summary>The test-only conformance endpoint is the real MCP server, acting as the demo agent on the demo project.</summary>
[Collection(InteropCollection.Name)]
public sealed class ConformanceEndpointTests(InteropService service)
{
    [Fact]
    public async Task ConformanceEndpoint_WritesToTheDemoProjectAsTheDemoAgent()
    {
        var report = await RunAsync(service.ConformanceUrl, None,
            Call("create_story", new { title = "Conformance " + Guid.NewGuid().ToString("N")[..8], description = "Written through the conformance endpoint." }));

        var story = report.Success(0);
        var projectId = service.Demo.GetProperty("project_id").GetGuid();
        var agentId = service.Demo.GetProperty("agent_client_id").GetString()!;
        var token = await OAuthClient.ClientCredentialsAsync(
            new HttpClient { BaseAddress = service.BaseUrl }, agentId, service.Demo.GetProperty("agent_client_secret").GetString()!);
        var history = await Person.WithBearer(service.BaseUrl, token)
            .GetJsonAsync($"/api/projects/{projectId}/stories/{story.GetProperty("id").GetGuid()}/history");

        Assert.Equal(projectId, story.GetProperty("project_id").GetGuid());
        Assert.Equal(agentId, history[0].GetProperty("by").GetProperty("id").GetString());
    }
}
