using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>An agent sees the tools its token can use, from the tool sets it asked for.</summary>
[Collection(ServiceCollection.Name)]
public sealed class ToolListingTests(ServiceFixture service)
{
    [Fact]
    public async Task EveryTool_HasADescriptionAndDescribedParameters_AndDeliberateAnnotations()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;

        var tools = await agent.Client.ListToolsAsync();

        Assert.NotEmpty(tools);
        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), tool.Name);
            Assert.NotNull(tool.Annotations?.ReadOnlyHint ?? tool.Annotations?.DestructiveHint);
            Assert.NotNull(tool.OutputSchema);

            // Clients of the protocol revisions this server speaks accept only object output schemas.
            Assert.Equal("object", tool.OutputSchema.Value.GetProperty("type").GetString());
            if (tool.InputSchema.TryGetProperty("properties", out var properties))
            {
                foreach (var parameter in properties.EnumerateObject())
                {
                    Assert.True(parameter.Value.TryGetProperty("description", out var described) && described.GetString()!.Length > 0, $"{tool.Name}.{parameter.Name} has no description");
                }
            }
        }
    }

    [Fact]
    public async Task ReadOnlyToken_ListsNoWriteTools_AndAWriteToolNamesTheMissingScope()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service, scopes: ["projects:read"]);
        await using var _ = agent;

        var names = await agent.ToolNamesAsync();
        var refused = await agent.FailAsync("create_story", new { title = "Pay", description = "As a shopper I pay." });

        Assert.Contains("get_story", names);
        Assert.Contains("show_architecture", names);
        Assert.DoesNotContain("create_story", names);
        Assert.DoesNotContain("delete_component", names);
        Assert.Contains("projects:write", refused);
    }

    [Fact]
    public async Task Toolsets_LimitTheToolsServed()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service, toolsets: "stories");
        await using var _ = agent;

        var names = await agent.ToolNamesAsync();

        Assert.Contains("create_story", names);
        Assert.Contains("add_criterion", names);
        Assert.DoesNotContain("create_component", names);
        Assert.DoesNotContain("show_architecture", names);
    }

    [Theory]
    [InlineData("architecture", "show_architecture", "create_story")]
    [InlineData("stories,sessions", "start_session", "get_spec")]
    [InlineData("sessions,stories", "create_story", "claim_next_action")]
    [InlineData("specs,coordinator", "claim_next_action", "start_session")]
    [InlineData(null, "get_spec", "echo")]
    public async Task EachChoiceOfToolsets_ServesItsOwnToolsAndNoOthers(string? toolsets, string served, string notServed)
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service, toolsets: toolsets);
        await using var _ = agent;

        var names = await agent.ToolNamesAsync();

        Assert.Contains(served, names);
        Assert.DoesNotContain(notServed, names);
        Assert.DoesNotContain("echo", names);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => agent.Client.CallToolAsync(notServed, new Dictionary<string, object?>()).AsTask());
        Assert.Contains(notServed, refused.Message);
    }
}
