using CodeMySpec.Api.Stories;
using CodeMySpec.Projects;
using CodeMySpec.Prompts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Prompts;

/// <summary>
/// The persona prompts of a project (story interview and review, context design and review), built from its
/// current stories and architecture. Members and the project's agents read them (token scope projects:read).
/// </summary>
internal static class PromptEndpoints
{
    public static IEndpointRouteBuilder MapPrompts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/projects/{projectId:guid}/prompts/{persona}", GetAsync)
            .WithTags("Prompts")
            .RequireAuthorization()
            .WithSummary($"A persona prompt built from the project's stories and architecture; persona is one of {string.Join(", ", PersonaPromptNames.Names)}.");
        return endpoints;
    }

    private static async Task<Results<Ok<PromptText>, ProblemHttpResult>> GetAsync(Guid projectId, string persona, HttpContext http, IGrainFactory grains)
    {
        var scope = await StoryEndpoints.ScopeAsync(http, grains, projectId, write: false);
        if (!PersonaPromptNames.TryParse(persona, out var kind))
        {
            // Only a caller who may read the project learns which prompts exist.
            await grains.GetGrain<IProjectGrain>(projectId).AuthorizeAsync(scope, ProjectAccess.Read);
            return TypedResults.Problem(
                $"There is no prompt '{persona}'; use one of: {string.Join(", ", PersonaPromptNames.Names)}.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown prompt.");
        }

        return TypedResults.Ok(await grains.GetGrain<IPromptsGrain>(projectId).BuildAsync(scope, kind));
    }
}
