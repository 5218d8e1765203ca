using System.ComponentModel;
using CodeMySpec.Prompts;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>The persona prompts (MCP prompts), built by the project's prompts grain from its stories and architecture.</summary>
[McpServerPromptType]
internal sealed class PersonaPrompts(McpProject project)
{
    [McpServerPrompt(Name = "story_interview", Title = "Story interview")]
    [Description("A product manager who interviews you to write and refine this project's user stories.")]
    public Task<GetPromptResult> StoryInterview() => PromptAsync(project, PersonaPrompt.StoryInterview);

    [McpServerPrompt(Name = "story_review", Title = "Story review")]
    [Description("A product manager who reviews this project's stories and their acceptance criteria.")]
    public Task<GetPromptResult> StoryReview() => PromptAsync(project, PersonaPrompt.StoryReview);

    [McpServerPrompt(Name = "context_design", Title = "Context design")]
    [Description("An architect who designs bounded contexts and components for the stories no component satisfies.")]
    public Task<GetPromptResult> ContextDesign() => PromptAsync(project, PersonaPrompt.ContextDesign);

    [McpServerPrompt(Name = "context_design_review", Title = "Context design review")]
    [Description("An architect who reviews the architecture against the stories.")]
    public Task<GetPromptResult> ContextDesignReview() => PromptAsync(project, PersonaPrompt.ContextDesignReview);

    public static async Task<CallToolResult> ToolAsync(McpProject project, PersonaPrompt persona)
    {
        var prompt = await project.Grains.GetGrain<IPromptsGrain>(project.Id).BuildAsync(project.Read(), persona);
        return ToolResult.Text(prompt.Text, prompt);
    }

    private static async Task<GetPromptResult> PromptAsync(McpProject project, PersonaPrompt persona)
    {
        var prompt = await project.Grains.GetGrain<IPromptsGrain>(project.Id).BuildAsync(project.Read(), persona);
        return new GetPromptResult
        {
            Description = prompt.Description,
            Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = prompt.Text } }],
        };
    }
}
