using CodeMySpec.Accounts;
using CodeMySpec.Api.Identity;
using CodeMySpec.Api.Security;
using CodeMySpec.Errors;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Me;

/// <summary><c>/api/me</c>: the caller's identity, for people and agents alike.</summary>
internal static class MeEndpoints
{
    public static RouteHandlerBuilder MapMe(this IEndpointRouteBuilder endpoints) => endpoints
        .MapGet("/api/me", GetAsync)
        .WithTags("People")
        .WithSummary("Who you are: a person (with your personal account) or an agent (with the project its token is bound to).")
        .RequireAuthorization();

    private static async Task<Ok<MeResponse>> GetAsync(HttpContext http, UserManager<ApplicationUser> users, IGrainFactory grains)
    {
        var caller = http.Caller();
        var token = caller.IsToken
            ? new TokenInfo(caller.TokenAccountId!.Value, caller.TokenProjectId!.Value, [.. caller.TokenScopes.Order()])
            : null;
        if (caller.Actor.Kind == ActorKind.AgentClient)
        {
            return TypedResults.Ok(new MeResponse("agent", caller.Actor.Id, null, null, [], token));
        }

        var user = await users.FindByIdAsync(caller.Actor.Id) ?? throw DomainException.NotFound("Your user no longer exists.");
        var accounts = await grains.GetGrain<IUserDirectoryGrain>(user.Id).GetAsync(caller.Actor);
        return TypedResults.Ok(new MeResponse("person", caller.Actor.Id, user.Email, user.PersonalAccountId, accounts.Memberships, token));
    }
}
