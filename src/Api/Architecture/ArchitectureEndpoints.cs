using System.Collections.Immutable;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Projects;
using CodeMySpec.Architecture;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Architecture;

/// <summary>
/// A project's architecture: components, dependencies, similar links and the analyses. Members of the owning
/// account and the project's agents read and write; tokens need projects:read, and projects:write for changes.
/// </summary>
internal static partial class ArchitectureEndpoints
{
    // No story source exists yet: the analyses see no stories until the story grains can be read here.

    public static IEndpointRouteBuilder MapArchitecture(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/projects/{projectId:guid}/architecture").WithTags("Architecture").RequireAuthorization();
        group.MapGet("/components", ListAsync).WithSummary("The project's components with their dependencies and similar components.");
        group.MapPost("/components", CreateAsync).WithSummary("Create a component; its id is the UUIDv5 of its module name in this project.");
        group.MapPost("/components/batch", CreateBatchAsync).WithSummary("Create components with their dependencies (by module name), all or nothing.");
        group.MapGet("/components/{componentId:guid}", GetAsync).WithSummary("One component.");
        group.MapPut("/components/{componentId:guid}", UpdateAsync).WithSummary("Change a component's name, type, description and priority (the module name is fixed).");
        group.MapDelete("/components/{componentId:guid}", DeleteAsync).WithSummary("Delete a component with its dependencies and links; refused while it has children.");
        group.MapPut("/components/{componentId:guid}/parent", SetParentAsync).WithSummary("Set or clear (null) a component's parent.");
        group.MapGraph();
        group.MapAnalyses();
        endpoints.MapSpecs();
        return endpoints;
    }

    private static async Task<Ok<ImmutableArray<Component>>> ListAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok((await architecture.GetAsync(scope)).Components);
    }

    private static async Task<Created<Component>> CreateAsync(Guid projectId, ComponentRequest body, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        var component = await architecture.CreateComponentAsync(scope, body.ToDefinition());
        return TypedResults.Created($"/api/projects/{projectId}/architecture/components/{component.Id}", component);
    }

    private static async Task<Created<ImmutableArray<Component>>> CreateBatchAsync(Guid projectId, BatchComponentsRequest body, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        var components = await architecture.CreateComponentsAsync(scope, body.ToNewComponents());
        return TypedResults.Created($"/api/projects/{projectId}/architecture/components", components);
    }

    private static async Task<Ok<Component>> GetAsync(Guid projectId, Guid componentId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.GetComponentAsync(scope, componentId));
    }

    private static async Task<Ok<Component>> UpdateAsync(Guid projectId, Guid componentId, ComponentRequest body, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.UpdateComponentAsync(scope, componentId, body.ToDefinition()));
    }

    private static async Task<NoContent> DeleteAsync(Guid projectId, Guid componentId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        await architecture.DeleteComponentAsync(scope, componentId);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Component>> SetParentAsync(Guid projectId, Guid componentId, ParentRequest body, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.SetParentAsync(scope, componentId, body.ParentComponentId));
    }

    private static Task<(IArchitectureGrain, Scope)> ReadAsync(HttpContext http, IGrainFactory grains, Guid projectId) =>
        TargetAsync(http, grains, projectId, OAuthScopes.Read);

    private static Task<(IArchitectureGrain, Scope)> WriteAsync(HttpContext http, IGrainFactory grains, Guid projectId) =>
        TargetAsync(http, grains, projectId, OAuthScopes.Write);

    private static async Task<(IArchitectureGrain, Scope)> TargetAsync(HttpContext http, IGrainFactory grains, Guid projectId, string tokenScope) =>
        (grains.GetGrain<IArchitectureGrain>(projectId), await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId, tokenScope));
}
