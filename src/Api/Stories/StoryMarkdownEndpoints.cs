using CodeMySpec.Stories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Stories;

/// <summary>
/// <c>user_stories.md</c> in and out. Import takes JSON <c>{ "markdown": "..." }</c> (at most 1 MB of markdown) and
/// is all or nothing: any error, or any title the project already has, refuses the whole file.
/// </summary>
internal static class StoryMarkdownEndpoints
{
    public static RouteGroupBuilder MapStoryMarkdown(this RouteGroupBuilder stories)
    {
        stories.MapPost("/import", ImportAsync)
            .WithSummary("Import user_stories.md, sent as JSON { \"markdown\": \"...\" }; all stories or none (errors name their line).");
        stories.MapGet("/export", ExportAsync).WithSummary("The project's stories as user_stories.md (text/markdown).");
        return stories;
    }

    private static async Task<Created<StoryImport>> ImportAsync(Guid projectId, ImportStoriesRequest body, HttpContext http, IGrainFactory grains)
    {
        var scope = await StoryEndpoints.ScopeAsync(http, grains, projectId, write: true);
        var imported = await grains.GetGrain<IStoryMarkdownGrain>(projectId).ImportAsync(scope, body.Markdown ?? "");
        return TypedResults.Created($"/api/projects/{projectId}/stories", imported);
    }

    private static async Task<ContentHttpResult> ExportAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var scope = await StoryEndpoints.ScopeAsync(http, grains, projectId, write: false);
        var markdown = await grains.GetGrain<IStoryMarkdownGrain>(projectId).ExportAsync(scope);
        return TypedResults.Text(markdown, "text/markdown; charset=utf-8");
    }
}
