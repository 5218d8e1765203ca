using System.Collections.Immutable;
using CodeMySpec.Architecture;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Architecture;

internal static partial class ArchitectureEndpoints
{
    private static void MapGraph(this RouteGroupBuilder group)
    {
        group.MapPost("/dependencies", AddDependencyAsync).WithSummary("Add a dependency; refused with the cycle's path if it would close a cycle.");
        group.MapPost("/dependencies/batch", AddDependenciesAsync).WithSummary("Add dependencies named by module names, all or nothing.");
        group.MapDelete("/dependencies/{sourceId:guid}/{targetId:guid}", RemoveDependencyAsync).WithSummary("Remove a dependency.");
        group.MapPost("/similar", LinkSimilarAsync).WithSummary("Link two components as similar (symmetric).");
        group.MapDelete("/similar/{componentId:guid}/{similarComponentId:guid}", UnlinkSimilarAsync).WithSummary("Remove a similar link.");
    }

    private static async Task<Created<Dependency>> AddDependencyAsync(Guid projectId, DependencyRequest body, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        var dependency = await architecture.AddDependencyAsync(scope, new Dependency(body.SourceComponentId, body.TargetComponentId));
        return TypedResults.Created($"/api/projects/{projectId}/architecture/dependencies/{dependency.SourceId}/{dependency.TargetId}", dependency);
    }

    private static async Task<Created<ImmutableArray<Dependency>>> AddDependenciesAsync(Guid projectId, DependencyBatchRequest body, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        var added = await architecture.AddDependenciesAsync(scope, body.ToModuleDependencies());
        return TypedResults.Created($"/api/projects/{projectId}/architecture/components", added);
    }

    private static async Task<NoContent> RemoveDependencyAsync(Guid projectId, Guid sourceId, Guid targetId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        await architecture.RemoveDependencyAsync(scope, new Dependency(sourceId, targetId));
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> LinkSimilarAsync(Guid projectId, SimilarRequest body, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        await architecture.LinkSimilarAsync(scope, body.ComponentId, body.SimilarComponentId);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UnlinkSimilarAsync(Guid projectId, Guid componentId, Guid similarComponentId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        await architecture.UnlinkSimilarAsync(scope, componentId, similarComponentId);
        return TypedResults.NoContent();
    }
}
