using System.Collections.Immutable;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Projects;
using CodeMySpec.Errors;
using CodeMySpec.Security;
using CodeMySpec.Stories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Stories;

/// <summary>
/// A project's stories. Members and the project's agent clients read (token scope projects:read) and write
/// (projects:write); the story grains decide, the endpoints only build the scope.
/// </summary>
internal static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapStories(this IEndpointRouteBuilder endpoints)
    {
        var stories = endpoints.MapGroup("/api/projects/{projectId:guid}/stories").WithTags("Stories").RequireAuthorization();
        stories.MapPost("/", CreateAsync).WithSummary("Create a story.");
        stories.MapGet("/", ListAsync).WithSummary("A page of stories in creation order (?limit=1..100, default 20; ?offset; ?search in title and description, ignoring case).");
        stories.MapGet("/titles", TitlesAsync).WithSummary("Every story title, in creation order.");
        stories.MapGet("/{storyId:guid}", GetAsync).WithSummary("A story with its criteria.");
        stories.MapPatch("/{storyId:guid}", UpdateAsync).WithSummary("Change a story; fields left out are kept, criteria replace only the unverified ones.");
        stories.MapDelete("/{storyId:guid}", DeleteAsync).WithSummary("Delete a story (agents: not one with verified criteria).");
        stories.MapGet("/{storyId:guid}/history", HistoryAsync).WithSummary("The story's version history: who changed what, when.");
        stories.MapPut("/{storyId:guid}/component", SetComponentAsync).WithSummary("Link the component that satisfies the story.");
        stories.MapDelete("/{storyId:guid}/component", ClearComponentAsync).WithSummary("Unlink the story's component.");
        stories.MapStoryCriteria();
        stories.MapStoryMarkdown();
        return endpoints;
    }

    /// <summary>
    /// The scope for a story route: bound to the route's project. A token bound to another project is refused
    /// here, so it can never reach a story through a different project's route.
    /// </summary>
    public static async Task<Scope> ScopeAsync(HttpContext http, IGrainFactory grains, Guid projectId, bool write)
    {
        var scope = await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId, write ? OAuthScopes.Write : OAuthScopes.Read);
        if (scope.ProjectId is { } bound && bound != projectId)
        {
            throw DomainException.Forbidden($"This token is bound to project {bound}, not {projectId}.");
        }

        return scope with { ProjectId = projectId };
    }

    public static IStoryGrain Story(this IGrainFactory grains, Guid storyId) => grains.GetGrain<IStoryGrain>(storyId);

    private static async Task<Created<StoryDetails>> CreateAsync(Guid projectId, CreateStoryRequest body, HttpContext http, IGrainFactory grains)
    {
        var scope = await ScopeAsync(http, grains, projectId, write: true);
        var story = await grains.Story(Guid.NewGuid()).CreateAsync(scope, body.ToDraft());
        return TypedResults.Created($"/api/projects/{projectId}/stories/{story.Id}", story);
    }

    private static async Task<Ok<StoryPage>> ListAsync(Guid projectId, int? limit, int? offset, string? search, HttpContext http, IGrainFactory grains)
    {
        var scope = await ScopeAsync(http, grains, projectId, write: false);
        var query = new StoryQuery(limit ?? StoryQuery.DefaultLimit, offset ?? 0, search);
        return TypedResults.Ok(await grains.GetGrain<IStoryIndexGrain>(projectId).ListAsync(scope, query));
    }

    private static async Task<Ok<ImmutableArray<string>>> TitlesAsync(Guid projectId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IStoryIndexGrain>(projectId).TitlesAsync(await ScopeAsync(http, grains, projectId, write: false)));

    private static async Task<Ok<StoryDetails>> GetAsync(Guid projectId, Guid storyId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).GetAsync(await ScopeAsync(http, grains, projectId, write: false)));

    private static async Task<Ok<StoryDetails>> UpdateAsync(Guid projectId, Guid storyId, UpdateStoryRequest body, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).UpdateAsync(await ScopeAsync(http, grains, projectId, write: true), body.ToUpdate()));

    private static async Task<NoContent> DeleteAsync(Guid projectId, Guid storyId, HttpContext http, IGrainFactory grains)
    {
        await grains.Story(storyId).DeleteAsync(await ScopeAsync(http, grains, projectId, write: true));
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ImmutableArray<StoryRevision>>> HistoryAsync(Guid projectId, Guid storyId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).GetHistoryAsync(await ScopeAsync(http, grains, projectId, write: false)));

    private static async Task<Ok<StoryDetails>> SetComponentAsync(Guid projectId, Guid storyId, StoryComponentRequest body, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).SetComponentAsync(await ScopeAsync(http, grains, projectId, write: true), body.ComponentId));

    private static async Task<Ok<StoryDetails>> ClearComponentAsync(Guid projectId, Guid storyId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).ClearComponentAsync(await ScopeAsync(http, grains, projectId, write: true)));
}
