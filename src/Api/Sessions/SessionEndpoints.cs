using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Projects;
using CodeMySpec.Errors;
using CodeMySpec.Security;
using CodeMySpec.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Sessions;

/// <summary>
/// Workflow sessions of a project: members, and tokens for the project with sessions:drive, start and drive them.
/// The session grains decide; the endpoints only build the scope and parse names.
/// </summary>
internal static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder endpoints)
    {
        var sessions = endpoints.MapGroup("/api/projects/{projectId:guid}/sessions").WithTags("Sessions").RequireAuthorization();
        sessions.MapPost("/", StartAsync).WithSummary("Start a session (type, component_id, execution_mode, environment).");
        sessions.MapGet("/", ListAsync).WithSummary("The project's sessions, newest first (?status, ?type, ?component_id, ?limit=1..200).");
        sessions.MapGet("/{sessionId:guid}", GetAsync).WithSummary("A session with its audit trail: every command, result and event.");
        sessions.MapPost("/{sessionId:guid}/next-command", NextAsync).WithSummary("The pending command (created and leased on first ask; the same one on repeats).");
        sessions.MapPost("/{sessionId:guid}/interactions/{interactionId:guid}/result", SubmitAsync).WithSummary("Submit the result of the pending interaction.");
        sessions.MapPost("/{sessionId:guid}/interactions/{interactionId:guid}/events", EventAsync).WithSummary("Record an agent hook event on an interaction.");
        sessions.MapPost("/{sessionId:guid}/cancel", CancelAsync).WithSummary("Cancel the session and its running children.");
        return endpoints;
    }

    private static async Task<Scope> ScopeAsync(HttpContext http, IGrainFactory grains, Guid projectId)
    {
        var scope = await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId, OAuthScopes.Sessions);
        if (scope.ProjectId is { } bound && bound != projectId)
        {
            throw DomainException.Forbidden($"This token is bound to project {bound}, not {projectId}.");
        }

        return scope with { ProjectId = projectId };
    }

    private static ISessionGrain Session(IGrainFactory grains, Guid sessionId) => grains.GetGrain<ISessionGrain>(sessionId);

    private static async Task<Created<SessionDetails>> StartAsync(Guid projectId, StartSessionRequest body, HttpContext http, IGrainFactory grains)
    {
        var scope = await ScopeAsync(http, grains, projectId);
        var session = await Session(grains, Guid.NewGuid()).StartAsync(scope, body.ToSession());
        return TypedResults.Created($"/api/projects/{projectId}/sessions/{session.Id}", session);
    }

    private static async Task<Ok<SessionList>> ListAsync(Guid projectId, string? status, string? type, Guid? component_id, int? limit,
        HttpContext http, IGrainFactory grains)
    {
        var scope = await ScopeAsync(http, grains, projectId);
        var query = new SessionQuery(SessionNames.Optional<SessionStatus>(status, "status"), SessionNames.Optional<SessionType>(type, "type"),
            component_id, limit ?? SessionQuery.DefaultLimit);
        return TypedResults.Ok(await grains.GetGrain<ISessionIndexGrain>(projectId).ListAsync(scope, query));
    }

    private static async Task<Ok<SessionDetails>> GetAsync(Guid projectId, Guid sessionId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Session(grains, sessionId).GetAsync(await ScopeAsync(http, grains, projectId)));

    private static async Task<Ok<NextCommand>> NextAsync(Guid projectId, Guid sessionId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Session(grains, sessionId).GetNextCommandAsync(await ScopeAsync(http, grains, projectId)));

    private static async Task<Ok<SubmitOutcome>> SubmitAsync(Guid projectId, Guid sessionId, Guid interactionId, SessionResultRequest body,
        HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Session(grains, sessionId).SubmitResultAsync(await ScopeAsync(http, grains, projectId), interactionId, body.ToResult()));

    private static async Task<Ok<SessionDetails>> EventAsync(Guid projectId, Guid sessionId, Guid interactionId, SessionEventRequest body,
        HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Session(grains, sessionId).RecordEventAsync(await ScopeAsync(http, grains, projectId), interactionId, body.Type, body.DataText));

    private static async Task<Ok<SessionDetails>> CancelAsync(Guid projectId, Guid sessionId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Session(grains, sessionId).CancelAsync(await ScopeAsync(http, grains, projectId)));
}
