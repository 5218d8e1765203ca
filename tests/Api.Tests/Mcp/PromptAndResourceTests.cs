using CodeMySpec.Api.Tests.Fixtures;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>Persona prompts (as prompts and as tools) and the project's resources, through a real MCP client.</summary>
[Collection(ServiceCollection.Name)]
public sealed class PromptAndResourceTests(ServiceFixture service)
{
    [Fact]
    public async Task PersonaPrompts_AreBuiltFromTheProjectsStoriesAndArchitecture()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var satisfied = await agent.CallAsync("create_story", new { title = "Browse cakes", description = "As a shopper I browse cakes." });
        await agent.CallAsync("create_story", new { title = "Pay for an order", description = "As a shopper I pay.", acceptance_criteria = new[] { "Card payments work" } });
        var catalog = await agent.CallAsync("create_component", new { name = "Catalog", type = "context", module_name = "Shop.Catalog" });
        await agent.CallAsync("set_story_component", new { story_id = satisfied.GetProperty("id").GetGuid(), component_id = catalog.GetProperty("id").GetGuid() });

        var prompts = (await agent.Client.ListPromptsAsync()).Select(p => p.Name).ToList();
        var interview = await agent.Client.GetPromptAsync("story_interview");
        var design = await agent.Client.GetPromptAsync("context_design");
        var designTool = await agent.CallRawAsync("start_context_design");

        Assert.Equal(["context_design", "context_design_review", "story_interview", "story_review"], prompts.Order());
        var interviewText = Assert.IsType<TextContentBlock>(interview.Messages.Single().Content).Text;
        Assert.Contains("Pay for an order", interviewText);
        Assert.Contains("Card payments work", interviewText);
        var designText = Assert.IsType<TextContentBlock>(design.Messages.Single().Content).Text;
        Assert.Contains("Pay for an order", designText);
        var unsatisfied = designText[designText.IndexOf("## Stories no component satisfies", StringComparison.Ordinal)..];
        Assert.Contains("Pay for an order", unsatisfied);
        Assert.DoesNotContain("Browse cakes", unsatisfied);
        Assert.Contains("Shop.Catalog", designText);
        Assert.Equal(designText, AgentConnection.Text(designTool));
    }

    [Fact]
    public async Task Resources_AreTheStoriesFileAndEachDocumentFormat()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        await agent.CallAsync("create_story", new { title = "Pay for an order", description = "As a shopper I pay.", acceptance_criteria = new[] { "Card payments work" } });

        var resources = (await agent.Client.ListResourcesAsync()).Select(r => r.Uri).ToList();
        var stories = await agent.Client.ReadResourceAsync("codemyspec://project/user_stories.md");
        var contextFormat = await agent.Client.ReadResourceAsync("codemyspec://document-types/context_spec/specification");

        Assert.Contains("codemyspec://document-types/spec/specification", resources);
        Assert.Contains("codemyspec://document-types/schema/specification", resources);
        Assert.Contains("codemyspec://document-types/design_review/specification", resources);
        var storiesText = Assert.IsType<TextResourceContents>(stories.Contents.Single()).Text;
        Assert.Contains("## Pay for an order", storiesText);
        Assert.Contains("Card payments work", storiesText);
        Assert.Contains("Components", Assert.IsType<TextResourceContents>(contextFormat.Contents.Single()).Text);
    }

    [Fact]
    public async Task TokenWithoutReadScope_GetsAProtocolErrorWithAHint_ForPromptsAndResources()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service, scopes: ["sessions:drive"]);
        await using var _ = agent;

        var prompt = await Assert.ThrowsAsync<McpProtocolException>(() => agent.Client.GetPromptAsync("story_review").AsTask());
        var resource = await Assert.ThrowsAsync<McpProtocolException>(() => agent.Client.ReadResourceAsync("codemyspec://project/user_stories.md").AsTask());

        Assert.Contains("projects:read", prompt.Message);
        Assert.Contains("How to fix", resource.Message);
    }
}
