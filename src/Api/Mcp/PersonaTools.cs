using System.ComponentModel;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Prompts;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>The story personas as tools, for clients without prompt support (the same text as the MCP prompts).</summary>
[McpServerToolType, Toolset(Toolsets.Stories)]
internal sealed class StoryPersonaTools(McpProject project)
{
    [McpServerTool(Name = "start_story_interview", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(PromptText))]
    [Description("Become a product manager who interviews the user to write and refine this project's stories; returns the instructions, built from the current stories.")]
    [RequiresScope(OAuthScopes.Read)]
    public Task<CallToolResult> StartStoryInterview() => PersonaPrompts.ToolAsync(project, PersonaPrompt.StoryInterview);

    [McpServerTool(Name = "start_story_review", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(PromptText))]
    [Description("Become a product manager who reviews this project's stories and acceptance criteria; returns the instructions with the stories to review.")]
    [RequiresScope(OAuthScopes.Read)]
    public Task<CallToolResult> StartStoryReview() => PersonaPrompts.ToolAsync(project, PersonaPrompt.StoryReview);
}

/// <summary>The architect personas as tools, for clients without prompt support (the same text as the MCP prompts).</summary>
[McpServerToolType, Toolset(Toolsets.Architecture)]
internal sealed class ArchitectPersonaTools(McpProject project)
{
    [McpServerTool(Name = "start_context_design", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(PromptText))]
    [Description("Become an architect who designs bounded contexts and components for the stories no component satisfies yet; returns the instructions with those stories and the current architecture.")]
    [RequiresScope(OAuthScopes.Read)]
    public Task<CallToolResult> StartContextDesign() => PersonaPrompts.ToolAsync(project, PersonaPrompt.ContextDesign);

    [McpServerTool(Name = "review_context_design", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(PromptText))]
    [Description("Become an architect who reviews the architecture against the stories (orphans, cycles, coupling, stories without a component); returns the instructions with the data.")]
    [RequiresScope(OAuthScopes.Read)]
    public Task<CallToolResult> ReviewContextDesign() => PersonaPrompts.ToolAsync(project, PersonaPrompt.ContextDesignReview);
}
