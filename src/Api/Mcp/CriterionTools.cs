using System.ComponentModel;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Stories;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// Acceptance criteria of a story. A criterion lives in its story, so the calls name the story too: that keeps
/// each call to the one story grain that owns it. Verified criteria are locked against agents.
/// </summary>
[McpServerToolType, Toolset(Toolsets.Stories)]
internal sealed class CriterionTools(McpProject project)
{
    [McpServerTool(Name = "add_criterion", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryDetails))]
    [Description("Append an acceptance criterion to a story.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> AddCriterion(
        [Description("The story's id (uuid).")] Guid story_id,
        [Description("One testable sentence.")] string description)
    {
        var story = await project.Grains.GetGrain<IStoryGrain>(story_id).AddCriterionAsync(project.Write(), description);
        return ToolResult.Of($"Story '{story.Title}' now has {story.Criteria.Length} criteria; the new one is {story.Criteria[^1].Id}.", story);
    }

    [McpServerTool(Name = "update_criterion", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryDetails))]
    [Description("Rewrite an unverified acceptance criterion.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> UpdateCriterion(
        [Description("The id (uuid) of the story that holds the criterion.")] Guid story_id,
        [Description("The criterion's id (uuid), from get_story.")] Guid criterion_id,
        [Description("The new sentence.")] string description)
    {
        var story = await project.Grains.GetGrain<IStoryGrain>(story_id).UpdateCriterionAsync(project.Write(), criterion_id, description);
        return ToolResult.Of($"Updated criterion {criterion_id} of story '{story.Title}'.", story);
    }

    [McpServerTool(Name = "delete_criterion", Destructive = true, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryDetails))]
    [Description("Remove an unverified acceptance criterion from a story.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> DeleteCriterion(
        [Description("The id (uuid) of the story that holds the criterion.")] Guid story_id,
        [Description("The criterion's id (uuid), from get_story.")] Guid criterion_id)
    {
        var story = await project.Grains.GetGrain<IStoryGrain>(story_id).DeleteCriterionAsync(project.Write(), criterion_id);
        return ToolResult.Of($"Removed criterion {criterion_id}; story '{story.Title}' has {story.Criteria.Length} criteria.", story);
    }
}
