using CodeMySpec.Stories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Stories;

/// <summary>A story's acceptance criteria. Verifying is for people; a verified criterion is locked against agents.</summary>
internal static class StoryCriteriaEndpoints
{
    public static RouteGroupBuilder MapStoryCriteria(this RouteGroupBuilder stories)
    {
        stories.MapPost("/{storyId:guid}/criteria", AddAsync).WithSummary("Append a criterion.");
        stories.MapPut("/{storyId:guid}/criteria/order", ReorderAsync).WithSummary("Reorder the criteria (each id once).");
        stories.MapPut("/{storyId:guid}/criteria/{criterionId:guid}", UpdateAsync).WithSummary("Rewrite a criterion (agents: unverified ones only).");
        stories.MapDelete("/{storyId:guid}/criteria/{criterionId:guid}", DeleteAsync).WithSummary("Delete a criterion (agents: unverified ones only).");
        stories.MapPost("/{storyId:guid}/criteria/{criterionId:guid}/verify", VerifyAsync).WithSummary("Mark a criterion verified (people only).");
        stories.MapPost("/{storyId:guid}/criteria/{criterionId:guid}/unverify", UnverifyAsync).WithSummary("Mark a criterion unverified (people only).");
        return stories;
    }

    private static async Task<Ok<StoryDetails>> AddAsync(Guid projectId, Guid storyId, CriterionRequest body, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).AddCriterionAsync(await StoryEndpoints.ScopeAsync(http, grains, projectId, write: true), body.Description));

    private static async Task<Ok<StoryDetails>> ReorderAsync(Guid projectId, Guid storyId, CriteriaOrderRequest body, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).ReorderCriteriaAsync(
            await StoryEndpoints.ScopeAsync(http, grains, projectId, write: true), [.. body.CriterionIds ?? []]));

    private static async Task<Ok<StoryDetails>> UpdateAsync(Guid projectId, Guid storyId, Guid criterionId, CriterionRequest body, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).UpdateCriterionAsync(
            await StoryEndpoints.ScopeAsync(http, grains, projectId, write: true), criterionId, body.Description));

    private static async Task<Ok<StoryDetails>> DeleteAsync(Guid projectId, Guid storyId, Guid criterionId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).DeleteCriterionAsync(await StoryEndpoints.ScopeAsync(http, grains, projectId, write: true), criterionId));

    private static async Task<Ok<StoryDetails>> VerifyAsync(Guid projectId, Guid storyId, Guid criterionId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).VerifyCriterionAsync(await StoryEndpoints.ScopeAsync(http, grains, projectId, write: true), criterionId));

    private static async Task<Ok<StoryDetails>> UnverifyAsync(Guid projectId, Guid storyId, Guid criterionId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Story(storyId).UnverifyCriterionAsync(await StoryEndpoints.ScopeAsync(http, grains, projectId, write: true), criterionId));
}
