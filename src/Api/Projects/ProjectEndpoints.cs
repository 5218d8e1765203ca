using CodeMySpec.Accounts;
using CodeMySpec.Api.Documents;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Security;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Projects;

/// <summary>Projects of an account. People manage them; a token bound to a project may read it.</summary>
internal static class ProjectEndpoints
{
    public static IEndpointRouteBuilder MapProjects(this IEndpointRouteBuilder endpoints)
    {
        var inAccount = endpoints.MapGroup("/api/accounts/{accountId:guid}/projects").WithTags("Projects").RequireAuthorization();
        inAccount.MapPost("/", CreateAsync).WithSummary("Create a project in the account (owner or admin).");
        inAccount.MapGet("/", ListAsync).WithSummary("The account's projects.");

        var project = endpoints.MapGroup("/api/projects/{projectId:guid}").WithTags("Projects").RequireAuthorization();
        project.MapGet("/", GetAsync).WithSummary("A project (members; tokens for this project with projects:read).");
        project.MapPut("/", UpdateAsync).WithSummary("Replace a project's settings (owner or admin).");
        project.MapDelete("/", DeleteAsync).WithSummary("Delete a project (owner or admin).");
        project.MapAgentClients();
        project.MapDocuments();
        return endpoints;
    }

    /// <summary>The scope for a project route: a token names its account; a person's membership locates it.</summary>
    public static async Task<Scope> ScopeForProjectAsync(HttpContext http, IGrainFactory grains, Guid projectId, string? tokenScope = null)
    {
        var caller = http.Caller();
        if (caller.IsToken)
        {
            caller.Require(tokenScope ?? OAuthScopes.Read);
            return caller.In(caller.TokenAccountId!.Value);
        }

        var accountId = await grains.GetGrain<IProjectGrain>(projectId).LocateAsync(caller.Actor);
        return caller.In(accountId, projectId: null);
    }

    private static async Task<Created<ProjectDetails>> CreateAsync(Guid accountId, ProjectRequest body, HttpContext http, IGrainFactory grains)
    {
        var scope = http.Caller().RequireSignedInPerson().In(accountId);
        var projectId = Guid.NewGuid();
        var project = await grains.GetGrain<IProjectGrain>(projectId).CreateAsync(scope, body.ToDefinition());
        return TypedResults.Created($"/api/projects/{projectId}", project);
    }

    private static async Task<Ok<ProjectDetails[]>> ListAsync(Guid accountId, HttpContext http, IGrainFactory grains)
    {
        var scope = http.Caller().RequireSignedInPerson().In(accountId);
        var account = await grains.GetGrain<IAccountGrain>(accountId).GetAsync(scope);
        return TypedResults.Ok(await Task.WhenAll(account.ProjectIds.Select(id => grains.GetGrain<IProjectGrain>(id).GetAsync(scope))));
    }

    private static async Task<Ok<ProjectDetails>> GetAsync(Guid projectId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IProjectGrain>(projectId).GetAsync(await ScopeForProjectAsync(http, grains, projectId)));

    private static async Task<Ok<ProjectDetails>> UpdateAsync(Guid projectId, ProjectRequest body, HttpContext http, IGrainFactory grains)
    {
        http.Caller().RequireSignedInPerson();
        var scope = await ScopeForProjectAsync(http, grains, projectId);
        return TypedResults.Ok(await grains.GetGrain<IProjectGrain>(projectId).UpdateAsync(scope, body.ToDefinition()));
    }

    private static async Task<NoContent> DeleteAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        http.Caller().RequireSignedInPerson();
        await grains.GetGrain<IProjectGrain>(projectId).DeleteAsync(await ScopeForProjectAsync(http, grains, projectId));
        return TypedResults.NoContent();
    }
}
