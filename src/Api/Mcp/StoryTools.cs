using System.Collections.Immutable;
using System.ComponentModel;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Stories;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>The project's user stories: the requirements every later step answers to.</summary>
[McpServerToolType, Toolset(Toolsets.Stories)]
internal sealed class StoryTools(McpProject project)
{
    [McpServerTool(Name = "create_story", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryDetails))]
    [Description("Create a user story with its acceptance criteria. Titles are unique per project (ignoring case).")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> CreateStory(
        [Description("Short title, e.g. 'Reset a forgotten password'.")] string title,
        [Description("The story: 'As a <role> I want <goal> so that <benefit>', plus any context.")] string description,
        [Description("Acceptance criteria, each one testable sentence, in order.")] string[]? acceptance_criteria = null)
    {
        var story = await project.Grains.GetGrain<IStoryGrain>(Guid.NewGuid())
            .CreateAsync(project.Write(), new StoryDraft(title, description, [.. acceptance_criteria ?? []]));
        return ToolResult.Of($"Created story '{story.Title}' ({story.Id}) with {story.Criteria.Length} criteria.", story);
    }

    [McpServerTool(Name = "create_stories", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryImport))]
    [Description("Create several stories at once, all or none: if any is invalid or its title exists, nothing is created and the error names each problem.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> CreateStories(
        [Description("The stories to create (at most 200), each with title, description and acceptance_criteria.")] NewStory[] stories)
    {
        var drafts = stories.Select(s => new StoryDraft(s.Title ?? "", s.Description ?? "", [.. s.AcceptanceCriteria ?? []])).ToImmutableArray();
        var created = await project.Grains.GetGrain<IStoryMarkdownGrain>(project.Id).CreateManyAsync(project.Write(), drafts);
        return ToolResult.Of($"Created {created.Created.Length} stories.", created);
    }

    [McpServerTool(Name = "get_story", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryDetails))]
    [Description("Read one story with its acceptance criteria (ids, text, verified flag), status, priority and component.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> GetStory([Description("The story's id (uuid).")] Guid story_id)
    {
        var story = await project.Grains.GetGrain<IStoryGrain>(story_id).GetAsync(project.Read());
        return ToolResult.OfHeld($"Story '{story.Title}': {story.Criteria.Length} criteria, {StatusText(story.Status)}.", story);
    }

    [McpServerTool(Name = "list_stories", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryPage))]
    [Description("List the project's stories in creation order, a page at a time, optionally filtered by text in title or description.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ListStories(
        [Description("Stories per page, 1 to 100 (default 20).")] int limit = StoryQuery.DefaultLimit,
        [Description("How many stories to skip (default 0).")] int offset = 0,
        [Description("Only stories whose title or description contains this text (ignoring case).")] string? search = null)
    {
        var page = await project.Grains.GetGrain<IStoryIndexGrain>(project.Id).ListAsync(project.Read(), new StoryQuery(limit, offset, search));
        return ToolResult.Of($"{page.Items.Length} of {page.Total} stories (offset {page.Offset}).", page);
    }

    [McpServerTool(Name = "list_story_titles", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryTitles))]
    [Description("Every story title of the project, in creation order: a cheap way to check for duplicates before creating stories.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ListStoryTitles([Description("Only titles containing this text (ignoring case).")] string? search = null)
    {
        var titles = await project.Grains.GetGrain<IStoryIndexGrain>(project.Id).TitlesAsync(project.Read());
        var matching = string.IsNullOrWhiteSpace(search) ? titles : [.. titles.Where(t => t.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase))];
        return ToolResult.Of($"{matching.Length} titles.", new StoryTitles(matching));
    }

    [McpServerTool(Name = "update_story", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryDetails))]
    [Description("Change a story's title, description or criteria; fields left out stay. New criteria replace the unverified ones; verified criteria are locked and stay.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> UpdateStory(
        [Description("The story's id (uuid).")] Guid story_id,
        [Description("New title.")] string? title = null,
        [Description("New description.")] string? description = null,
        [Description("New list of (unverified) acceptance criteria.")] string[]? acceptance_criteria = null)
    {
        var update = new StoryUpdate(title, description, acceptance_criteria is null ? null : [.. acceptance_criteria]);
        var story = await project.Grains.GetGrain<IStoryGrain>(story_id).UpdateAsync(project.Write(), update);
        return ToolResult.Of($"Updated story '{story.Title}' (version {story.Version}).", story);
    }

    [McpServerTool(Name = "delete_story", Destructive = true, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(Deleted))]
    [Description("Delete a story with its criteria and history, and free its title.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> DeleteStory([Description("The story's id (uuid).")] Guid story_id)
    {
        await project.Grains.GetGrain<IStoryGrain>(story_id).DeleteAsync(project.Write());
        return ToolResult.Of($"Deleted story {story_id}.", new Deleted(story_id));
    }

    [McpServerTool(Name = "set_story_component", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryDetails))]
    [Description("Link the component that satisfies a story (one component per story).")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> SetStoryComponent(
        [Description("The story's id (uuid).")] Guid story_id,
        [Description("The component's id (uuid), from list_components.")] Guid component_id)
    {
        var story = await project.Grains.GetGrain<IStoryGrain>(story_id).SetComponentAsync(project.Write(), component_id);
        return ToolResult.Of($"Story '{story.Title}' is now satisfied by component {component_id}.", story);
    }

    [McpServerTool(Name = "clear_story_component", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StoryDetails))]
    [Description("Unlink a story's component.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> ClearStoryComponent([Description("The story's id (uuid).")] Guid story_id)
    {
        var story = await project.Grains.GetGrain<IStoryGrain>(story_id).ClearComponentAsync(project.Write());
        return ToolResult.Of($"Story '{story.Title}' has no component now.", story);
    }

    internal static string StatusText(StoryStatus status) => status switch
    {
        StoryStatus.InProgress => "in progress",
        StoryStatus.Completed => "completed",
        _ => "dirty",
    };
}

/// <summary>One story of create_stories.</summary>
internal sealed record NewStory(
    [property: Description("Short title, unique in the project.")] string Title,
    [property: Description("The story text.")] string Description,
    [property: Description("Acceptance criteria, in order.")] string[]? AcceptanceCriteria);

/// <summary>Story titles (list_story_titles).</summary>
internal sealed record StoryTitles(ImmutableArray<string> Titles);

/// <summary>What a delete removed.</summary>
internal sealed record Deleted(Guid Id);
