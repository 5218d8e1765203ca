using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;
using ModelContextProtocol.Protocol;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>The story tools as an agent uses them through a real MCP client.</summary>
[Collection(ServiceCollection.Name)]
public sealed class StoryToolTests(ServiceFixture service)
{
    [Fact]
    public async Task CreatedStory_IsReadBackWithItsCriteria_AndListed()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;

        var created = await agent.CallAsync("create_story", new
        {
            title = "Reset a forgotten password",
            description = "As a shopper I want to reset my password so that I can sign in again.",
            acceptance_criteria = new[] { "A reset link is mailed", "The link expires after an hour" },
        });
        var story = await agent.CallAsync("get_story", new { story_id = created.GetProperty("id").GetGuid() });
        var page = await agent.CallAsync("list_stories", new { search = "forgotten" });

        Assert.Equal("Reset a forgotten password", story.GetProperty("title").GetString());
        Assert.Equal(["A reset link is mailed", "The link expires after an hour"],
            story.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("description").GetString()));
        Assert.Equal("in_progress", story.GetProperty("status").GetString());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CreateStories_IsAllOrNone()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        await agent.CallAsync("create_story", new { title = "Checkout", description = "As a shopper I pay." });

        var refused = await agent.FailAsync("create_stories", new
        {
            stories = new object[]
            {
                new { title = "Browse cakes", description = "As a shopper I browse.", acceptance_criteria = new[] { "Cakes are listed" } },
                new { title = "checkout", description = "Duplicate of an existing title.", acceptance_criteria = Array.Empty<string>() },
            },
        });
        var titlesAfterRefusal = await agent.CallAsync("list_story_titles");
        var created = await agent.CallAsync("create_stories", new
        {
            stories = new object[]
            {
                new { title = "Browse cakes", description = "As a shopper I browse.", acceptance_criteria = new[] { "Cakes are listed" } },
                new { title = "Order a cake", description = "As a shopper I order.", acceptance_criteria = new[] { "The order is confirmed" } },
            },
        });

        Assert.Contains("checkout", refused, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Checkout"], titlesAfterRefusal.GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(2, created.GetProperty("created").GetArrayLength());
    }

    [Fact]
    public async Task Criteria_AreAddedUpdatedAndDeleted()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var storyId = (await agent.CallAsync("create_story", new { title = "Pay", description = "As a shopper I pay." })).GetProperty("id").GetGuid();

        var added = await agent.CallAsync("add_criterion", new { story_id = storyId, description = "Card payments work" });
        var criterionId = added.GetProperty("criteria")[0].GetProperty("id").GetGuid();
        await agent.CallAsync("update_criterion", new { story_id = storyId, criterion_id = criterionId, description = "Card and wallet payments work" });
        var afterUpdate = await agent.CallAsync("get_story", new { story_id = storyId });
        await agent.CallAsync("delete_criterion", new { story_id = storyId, criterion_id = criterionId });
        var afterDelete = await agent.CallAsync("get_story", new { story_id = storyId });
        var afterDeleteRaw = await agent.CallRawAsync("get_story", new { story_id = storyId });

        Assert.Equal("Card and wallet payments work", afterUpdate.GetProperty("criteria")[0].GetProperty("description").GetString());
        Assert.Equal(0, afterDelete.GetProperty("criteria").GetArrayLength());

        // A story read again and again answers from JSON made once per version: the text clients read changes with it.
        var text = afterDeleteRaw.Content.OfType<TextContentBlock>().Select(b => b.Text).ToArray();
        Assert.Equal(0, JsonDocument.Parse(text[1]).RootElement.GetProperty("criteria").GetArrayLength());
        Assert.Contains("0 criteria", text[0]);
    }

    [Fact]
    public async Task StoryComponent_IsSetAndCleared()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var storyId = (await agent.CallAsync("create_story", new { title = "Pay", description = "As a shopper I pay." })).GetProperty("id").GetGuid();
        var component = await agent.CallAsync("create_component", new { name = "Payments", type = "context", module_name = "Shop.Payments" });

        var linked = await agent.CallAsync("set_story_component", new { story_id = storyId, component_id = component.GetProperty("id").GetGuid() });
        var cleared = await agent.CallAsync("clear_story_component", new { story_id = storyId });

        Assert.Equal(component.GetProperty("id").GetGuid(), linked.GetProperty("component_id").GetGuid());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("component_id").ValueKind);
    }

    [Fact]
    public async Task UpdateAndDelete_ChangeWhatListStoriesShows()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;
        var storyId = (await agent.CallAsync("create_story", new { title = "Pay", description = "As a shopper I pay." })).GetProperty("id").GetGuid();

        var updated = await agent.CallAsync("update_story", new { story_id = storyId, title = "Pay by card" });
        await agent.CallAsync("delete_story", new { story_id = storyId });
        var page = await agent.CallAsync("list_stories");

        Assert.Equal("Pay by card", updated.GetProperty("title").GetString());
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BadInput_IsAToolErrorWithAHint()
    {
        var (agent, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = agent;

        var notAUuid = await agent.FailAsync("get_story", new { story_id = "42" });
        var missing = await agent.FailAsync("get_story", new { story_id = Guid.NewGuid() });
        var emptyTitle = await agent.FailAsync("create_story", new { title = " ", description = "As a shopper I pay." });
        var wrongType = await agent.FailAsync("list_stories", new { limit = "many" });

        Assert.Contains("The arguments of 'get_story' are invalid", notAUuid);
        Assert.Contains("Guid", notAUuid);
        Assert.Contains("not found", missing);
        Assert.Contains("title", emptyTitle);
        Assert.Contains("invalid", wrongType);
    }

    [Fact]
    public async Task AnotherTenantsStory_IsNeverFound()
    {
        var (mine, _) = await AgentConnection.ForNewProjectAsync(service);
        var (theirs, _) = await AgentConnection.ForNewProjectAsync(service);
        await using var _ = mine;
        await using var __ = theirs;
        var theirStory = (await theirs.CallAsync("create_story", new { title = "Secret", description = "Their story." })).GetProperty("id").GetGuid();

        var read = await mine.FailAsync("get_story", new { story_id = theirStory });
        var write = await mine.FailAsync("update_story", new { story_id = theirStory, title = "Mine now" });
        var still = await theirs.CallAsync("get_story", new { story_id = theirStory });

        Assert.DoesNotContain("Secret", read);
        Assert.DoesNotContain("Secret", write);
        Assert.Equal("Secret", still.GetProperty("title").GetString());
    }
}
