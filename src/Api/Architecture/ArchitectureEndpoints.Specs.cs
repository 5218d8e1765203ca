using System.Collections.Immutable;
using System.Text;
using CodeMySpec.Api.Stories;
using CodeMySpec.Architecture;
using CodeMySpec.Documents;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using CodeMySpec.Stories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Architecture;

internal static partial class ArchitectureEndpoints
{
    // A JSON string can be several times its decoded size (\u escapes); the decoded limit is checked in the handler.
    private const long MaxSpecRequestBytes = 8L * DocumentLimits.MaxBytes;

    private static void MapSpecs(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/projects/{projectId:guid}").WithTags("Specs").RequireAuthorization();
        group.MapPut("/components/{componentId:guid}/spec", PutSpecAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxSpecRequestBytes))
            .WithSummary("Store a component's spec document; it must be valid as the document type of the component's type and titled with its module name.");
        group.MapGet("/components/{componentId:guid}/spec", GetSpecAsync).WithSummary("A component's spec document with its content hash (404 while it has none).");
        group.MapGet("/specs", ListSpecsAsync).WithSummary("Summaries of every stored spec (no content), by module name.");
        group.MapGet("/components/{componentId:guid}/view", ComponentViewAsync)
            .Produces<string>(StatusCodes.Status200OK, "text/markdown")
            .WithSummary("One component as Markdown: metadata, paths, spec, dependencies, dependents, children and stories with their criteria.");
    }

    private static async Task<Results<Ok<SpecSummary>, ProblemHttpResult>> PutSpecAsync(
        Guid projectId, Guid componentId, SpecRequest body, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await WriteAsync(http, grains, projectId);
        // Authorize before looking at the body, so a caller without access learns nothing, not even "too large".
        await grains.GetGrain<IProjectGrain>(projectId).AuthorizeAsync(scope, ProjectAccess.Write);
        var bytes = body.Content is null ? 0 : Encoding.UTF8.GetByteCount(body.Content);
        if (bytes > DocumentLimits.MaxBytes)
        {
            return TypedResults.Problem(
                $"The document is {bytes} bytes; the limit is {DocumentLimits.MaxBytes} bytes (256 KB). Split the module or shorten the document.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Document too large.");
        }

        return TypedResults.Ok(await architecture.PutSpecAsync(scope, componentId, body.Content!));
    }

    private static async Task<Ok<ComponentSpecDocument>> GetSpecAsync(Guid projectId, Guid componentId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.GetSpecAsync(scope, componentId));
    }

    private static async Task<Ok<ImmutableArray<SpecSummary>>> ListSpecsAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        return TypedResults.Ok(await architecture.ListSpecsAsync(scope));
    }

    private static async Task<ContentHttpResult> ComponentViewAsync(Guid projectId, Guid componentId, HttpContext http, IGrainFactory grains)
    {
        var (architecture, scope) = await ReadAsync(http, grains, projectId);
        var storyScope = await StoryEndpoints.ScopeAsync(http, grains, projectId, write: false);
        var markdown = await architecture.GetComponentViewMarkdownAsync(scope, componentId, await StoriesWithCriteriaAsync(grains, projectId, componentId, storyScope));
        return TypedResults.Text(markdown, "text/markdown; charset=utf-8");
    }

    /// <summary>The stories of one component with their criteria: one story grain call per linked story, so fan-out stays that small.</summary>
    private static async Task<ImmutableArray<StoryLink>> StoriesWithCriteriaAsync(IGrainFactory grains, Guid projectId, Guid componentId, Scope scope)
    {
        var linked = (await grains.GetGrain<IStoryIndexGrain>(projectId).SummariesAsync(scope)).Where(s => s.ComponentId == componentId);
        var stories = await Task.WhenAll(linked.Select(s => grains.GetGrain<IStoryGrain>(s.Id).GetAsync(scope)));
        return [.. stories.Select(s => new StoryLink(s.Id, s.Title, s.ComponentId, [.. s.Criteria.Select(c => c.Description)]))];
    }
}
