using System.Collections.Immutable;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Projects;
using CodeMySpec.Api.Security;
using CodeMySpec.Coordinator;
using CodeMySpec.Errors;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Coordinator;

/// <summary>
/// The project coordinator: reports and claims need sessions:drive (agents that do the work), reads projects:read;
/// design approvals are for signed-in people only. The coordinator grain decides; the endpoints build the scope.
/// </summary>
internal static class CoordinatorEndpoints
{
    public static IEndpointRouteBuilder MapCoordinator(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/projects/{projectId:guid}/coordinator").WithTags("Coordinator").RequireAuthorization();
        group.MapPost("/sync", SyncAsync).WithSummary("Report the file list (files, or added and removed) and optionally test results.");
        group.MapPost("/test-results", TestResultsAsync).WithSummary("Report a test run (JUnit XML or ExUnit/Mocha-style JSON).");
        group.MapGet("/requirements", RequirementsAsync).WithSummary("Every component's requirements (?component_id for one).");
        group.MapGet("/components/{componentId:guid}/requirements", ComponentAsync).WithSummary("One component's requirements and next action.");
        group.MapGet("/next-actions", NextActionsAsync).WithSummary("Actionable components in dependency order, then priority (?limit=1..200, default 10).");
        group.MapGet("/criteria", CriteriaAsync).WithSummary("Per acceptance criterion, the latest passing and failing tests; which stories are evidenced.");
        group.MapGet("/claims", ClaimsAsync).WithSummary("The live work claims.");
        group.MapPost("/claims", ClaimAsync).WithSummary("Claim the next actionable component no live claim holds.");
        group.MapPost("/claims/{claimId:guid}/extend", ExtendAsync).WithSummary("Extend a claim's lease (its holder).");
        group.MapPost("/claims/{claimId:guid}/release", ReleaseAsync).WithSummary("Give the claimed work back (its holder).");
        group.MapPost("/claims/{claimId:guid}/complete", CompleteAsync).WithSummary("End a claim whose work is done.");
        group.MapPut("/components/{componentId:guid}/approval", ApproveAsync).WithSummary("Approve the component's current spec (signed-in owners and admins).");
        group.MapDelete("/components/{componentId:guid}/approval", RevokeAsync).WithSummary("Withdraw the component's design approval (signed-in owners and admins).");
        return endpoints;
    }

    private static async Task<Scope> ScopeAsync(HttpContext http, IGrainFactory grains, Guid projectId, string tokenScope)
    {
        var scope = await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId, tokenScope);
        if (scope.ProjectId is { } bound && bound != projectId)
        {
            throw DomainException.Forbidden($"This token is bound to project {bound}, not {projectId}.");
        }

        return scope with { ProjectId = projectId };
    }

    private static ICoordinatorGrain Coordinator(IGrainFactory grains, Guid projectId) => grains.GetGrain<ICoordinatorGrain>(projectId);

    private static async Task<Ok<SyncOutcome>> SyncAsync(Guid projectId, SyncProjectRequest body, HttpContext http, IGrainFactory grains)
    {
        var scope = await ScopeAsync(http, grains, projectId, OAuthScopes.Sessions);
        return TypedResults.Ok(await Coordinator(grains, projectId).SyncAsync(scope, body.ToSync(projectId)));
    }

    private static async Task<Ok<SyncOutcome>> TestResultsAsync(Guid projectId, TestResultsRequest body, HttpContext http, IGrainFactory grains)
    {
        var scope = await ScopeAsync(http, grains, projectId, OAuthScopes.Sessions);
        return TypedResults.Ok(await Coordinator(grains, projectId).ReportTestsAsync(scope, body.ToReport(projectId)));
    }

    private static async Task<Ok<ImmutableArray<ComponentRequirements>>> RequirementsAsync(Guid projectId, Guid? component_id, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Coordinator(grains, projectId).ListRequirementsAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Read), component_id));

    private static async Task<Ok<ComponentRequirements>> ComponentAsync(Guid projectId, Guid componentId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok((await Coordinator(grains, projectId).ListRequirementsAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Read), componentId))[0]);

    private static async Task<Ok<ImmutableArray<NextAction>>> NextActionsAsync(Guid projectId, int? limit, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Coordinator(grains, projectId).GetNextActionsAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Read), limit ?? 10));

    private static async Task<Ok<ImmutableArray<StoryEvidence>>> CriteriaAsync(Guid projectId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Coordinator(grains, projectId).GetCriterionEvidenceAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Read)));

    private static async Task<Ok<ImmutableArray<WorkClaim>>> ClaimsAsync(Guid projectId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Coordinator(grains, projectId).ListClaimsAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Read)));

    private static async Task<Ok<ClaimOutcome>> ClaimAsync(Guid projectId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Coordinator(grains, projectId).ClaimNextAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Sessions)));

    private static async Task<Ok<WorkClaim>> ExtendAsync(Guid projectId, Guid claimId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Coordinator(grains, projectId).ExtendClaimAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Sessions), claimId));

    private static async Task<Ok<WorkClaim>> ReleaseAsync(Guid projectId, Guid claimId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Coordinator(grains, projectId).ReleaseClaimAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Sessions), claimId));

    private static async Task<Ok<ComponentRequirements>> CompleteAsync(Guid projectId, Guid claimId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Coordinator(grains, projectId).CompleteClaimAsync(await ScopeAsync(http, grains, projectId, OAuthScopes.Sessions), claimId));

    private static async Task<Ok<DesignApproval>> ApproveAsync(Guid projectId, Guid componentId, HttpContext http, IGrainFactory grains)
    {
        http.Caller().RequireSignedInPerson();
        return TypedResults.Ok(await Coordinator(grains, projectId).ApproveDesignAsync(await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId), componentId));
    }

    private static async Task<NoContent> RevokeAsync(Guid projectId, Guid componentId, HttpContext http, IGrainFactory grains)
    {
        http.Caller().RequireSignedInPerson();
        await Coordinator(grains, projectId).RevokeDesignAsync(await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId), componentId);
        return TypedResults.NoContent();
    }
}
