using System.Collections.Immutable;
using CodeMySpec.Accounts;
using CodeMySpec.Api.Identity;
using CodeMySpec.Api.Security;
using CodeMySpec.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Accounts;

/// <summary>Invitations to a team account: issued by owners and admins, accepted by the invited person once signed in.</summary>
internal static class InvitationEndpoints
{
    public static IEndpointRouteBuilder MapInvitations(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/accounts/{accountId:guid}/invitations").WithTags("Accounts").RequireAuthorization();
        group.MapPost("/", InviteAsync).WithSummary("Invite someone by email with a role; the token is shown once (owner or admin).");
        group.MapGet("/", ListAsync).WithSummary("Pending invitations (owner or admin).");
        group.MapDelete("/{invitationId:guid}", CancelAsync).WithSummary("Cancel a pending invitation (owner or admin).");
        endpoints.MapPost("/api/invitations/accept", AcceptAsync).WithTags("Accounts").RequireAuthorization()
            .WithSummary("Accept an invitation as the signed-in person it was sent to.");
        return endpoints;
    }

    private static async Task<Created<InvitationCreated>> InviteAsync(Guid accountId, InviteRequest body, HttpContext http, IGrainFactory grains)
    {
        var issued = await grains.GetGrain<IAccountGrain>(accountId)
            .InviteAsync(http.Caller().RequireSignedInPerson().In(accountId), body.Email ?? "", body.Role);
        var acceptUrl = $"{http.Request.Scheme}://{http.Request.Host}/api/invitations/accept";
        return TypedResults.Created($"/api/accounts/{accountId}/invitations/{issued.Invitation.Id}",
            new InvitationCreated(issued.Invitation, issued.Token, acceptUrl));
    }

    private static async Task<Ok<ImmutableArray<Invitation>>> ListAsync(Guid accountId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAccountGrain>(accountId).ListInvitationsAsync(http.Caller().RequireSignedInPerson().In(accountId)));

    private static async Task<NoContent> CancelAsync(Guid accountId, Guid invitationId, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IAccountGrain>(accountId).CancelInvitationAsync(http.Caller().RequireSignedInPerson().In(accountId), invitationId);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AccountDetails>> AcceptAsync(AcceptInvitationRequest body, HttpContext http, IGrainFactory grains, UserManager<ApplicationUser> users)
    {
        var caller = http.Caller().RequireSignedInPerson();
        if (!InvitationToken.TryParseAccountId(body.Token, out var accountId))
        {
            throw DomainException.NotFound("This invitation token is not one of ours; copy the whole token from the invitation.");
        }

        var user = await users.FindByIdAsync(caller.Actor.Id) ?? throw DomainException.NotFound("Your user no longer exists.");
        return TypedResults.Ok(await grains.GetGrain<IAccountGrain>(accountId).AcceptInvitationAsync(caller.Actor, user.Email!, body.Token!));
    }
}
