using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;
using CodeMySpec.Api.Tests.Mcp;

namespace CodeMySpec.Api.Tests.Access;

[Collection(ServiceCollection.Name)]
public sealed class McpAccessMatrixTests(ServiceFixture service)
{
    [Fact]
    public async Task EveryToolTheServerOffers_HasARow()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;

        var offered = (await agent.ToolNamesAsync()).ToHashSet();
        var rows = McpAccessMatrix.Rules.Select(r => r.Tool).ToHashSet();

        Assert.Empty(offered.Except(rows));
        Assert.Empty(rows.Except(offered));
    }

    [Fact]
    public async Task EveryTool_AllowsExactlyItsRowsCallersAndDeniesEveryoneElse()
    {
        var world = await McpAccessWorld.CreateAsync(service);
        var connections = new Dictionary<McpActor, AgentConnection>();
        foreach (var actor in new[] { McpActor.OwnAgent, McpActor.ReadOnlyAgent, McpActor.MemberToken })
        {
            connections[actor] = await AgentConnection.ConnectAsync(service, world.ProjectId, world.Tokens[actor]);
        }

        var failures = new List<string>();
        foreach (var rule in McpAccessMatrix.Rules)
        {
            foreach (var actor in Enum.GetValues<McpActor>())
            {
                var arguments = await rule.Arguments(world);
                var (allowed, what) = connections.TryGetValue(actor, out var connection)
                    ? await CallAsync(connection, rule.Tool, arguments)
                    : await CallOverHttpAsync(world, actor, rule.Tool, arguments);
                if (allowed != rule.Allowed.Contains(actor))
                {
                    failures.Add($"{rule.Tool} as {actor}: expected {(rule.Allowed.Contains(actor) ? "allow" : "deny")}, got {what}");
                }
            }
        }

        foreach (var connection in connections.Values)
        {
            await connection.DisposeAsync();
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static async Task<(bool Allowed, string What)> CallAsync(AgentConnection connection, string tool, object arguments)
    {
        var result = await connection.CallRawAsync(tool, arguments);
        return (result.IsError != true, AgentConnection.Text(result));
    }

    /// <summary>Callers without a token for this project: refused at the gateway, before any tool runs.</summary>
    private async Task<(bool Allowed, string What)> CallOverHttpAsync(McpAccessWorld world, McpActor actor, string tool, object arguments)
    {
        var http = actor switch
        {
            McpActor.SignedInMember => world.World.People[Actor.Member].Http,
            McpActor.ForeignAgent => Person.WithBearer(service.BaseUrl, world.Tokens[McpActor.ForeignAgent]),
            _ => service.Anonymous(),
        };
        var body = JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 1, method = "tools/call", @params = new { name = tool, arguments } });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/mcp/projects/{world.ProjectId}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await http.SendAsync(request);
        return (response.StatusCode != HttpStatusCode.Unauthorized, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
