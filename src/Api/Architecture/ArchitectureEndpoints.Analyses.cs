using System.Collections.Immutable;
using CodeMySpec.Api.Stories;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Stories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Architecture;

internal static partial class ArchitectureEndpoints
{
    private static void MapAnalyses(this RouteGroupBuilder group)
    {
        group.MapGet("/view", ViewAsync).WithSummary("Components layered by dependency depth (0: depends on nothing), with their stories.");
        group.MapGet("/health", HealthAsync).WithSummary("Story coverage, missing references, high fan-out, cycles and scores.");
        group.MapGet("/statistics", StatisticsAsync).WithSummary("Stories and incoming/outgoing dependencies per component.");
        group.MapGet("/orphaned-contexts", OrphanedContextsAsync).WithSummary("Contexts with no stories that no story-bearing component reaches.");
        group.MapGet("/dependency-order", DependencyOrderAsync).WithSummary("Components in topological order, dependencies first.");
        group.MapGet("/validate", ValidateAsync).WithSummary("Check the dependency graph for cycles.");
        group.MapGet("/components/{componentId:guid}/impact", ImpactAsync)
            .WithSummary("Everything that transitively depends on a component, the stories affected and the spec, code and test files.");
        group.MapGet("/stories/{storyId:guid}/impact", StoryImpactAsync)
            .WithSummary("The impact of a story: the impact of the component that satisfies it (409 while it has none).");
    }

    /// <summary>The project's stories as the analyses see them, read with the caller's own scope.</summary>
    private static Task<ImmutableArray<StoryLink>> StoriesAsync(IGrainFactory grains, Guid projectId, CodeMySpec.Security.Scope scope) =>
        StoryLinks.OfProjectAsync(grains, projectId, scope);

    private static async Task<Ok<ImmutableArray<ArchitectureLayer>>> ViewAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.GetViewAsync(scope, await StoriesAsync(grains, projectId, scope)));
    }

    private static async Task<Ok<HealthSummary>> HealthAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.GetHealthAsync(scope, await StoriesAsync(grains, projectId, scope)));
    }

    private static async Task<Ok<ImmutableArray<ComponentStatistics>>> StatisticsAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.GetStatisticsAsync(scope, await StoriesAsync(grains, projectId, scope)));
    }

    private static async Task<Ok<ImmutableArray<Component>>> OrphanedContextsAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.GetOrphanedContextsAsync(scope, await StoriesAsync(grains, projectId, scope)));
    }

    private static async Task<Ok<ImmutableArray<Component>>> DependencyOrderAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.GetDependencyOrderAsync(scope));
    }

    private static async Task<Ok<GraphValidation>> ValidateAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.ValidateAsync(scope));
    }

    private static async Task<Ok<ImpactReport>> StoryImpactAsync(Guid projectId, Guid storyId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        var story = await grains.GetGrain<IStoryGrain>(storyId).GetAsync(await StoryEndpoints.ScopeAsync(http, grains, projectId, write: false));
        var componentId = story.ComponentId
            ?? throw DomainException.Conflict($"Story '{story.Title}' has no component yet; link the component that satisfies it to see its impact.");
        return TypedResults.Ok(await architecture.GetImpactAsync(scope, componentId, await StoriesAsync(grains, projectId, scope)));
    }

    private static async Task<Ok<ImpactReport>> ImpactAsync(Guid projectId, Guid componentId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.GetImpactAsync(scope, componentId, await StoriesAsync(grains, projectId, scope)));
    }
}
