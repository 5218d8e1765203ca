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

/// <summary>Accounts and their members. People manage accounts; tokens cannot (they are bound to one project).</summary>
internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization();
        group.MapPost("/", CreateAsync).WithSummary("Create a team account; you become its owner.");
        group.MapGet("/{accountId:guid}", GetAsync).WithSummary("An account with its members and projects.");
        group.MapPatch("/{accountId:guid}", RenameAsync).WithSummary("Rename an account (owner or admin).");
        group.MapDelete("/{accountId:guid}", DeleteAsync).WithSummary("Delete a team account without projects (owner).");
        group.MapGet("/{accountId:guid}/members", ListMembersAsync).WithSummary("The members and their roles.");
        group.MapPost("/{accountId:guid}/members", AddMemberAsync).WithSummary("Add a registered person by email (owner or admin).");
        group.MapPut("/{accountId:guid}/members/{userId:guid}", ChangeRoleAsync).WithSummary("Change a member's role; an account keeps an owner.");
        group.MapDelete("/{accountId:guid}/members/{userId:guid}", RemoveMemberAsync).WithSummary("Remove a member, or leave yourself.");
        return group;
    }

    private static async Task<Created<AccountDetails>> CreateAsync(CreateAccountRequest body, HttpContext http, IGrainFactory grains)
    {
        var caller = http.Caller().RequireSignedInPerson();
        var accountId = Guid.NewGuid();
        var account = await grains.GetGrain<IAccountGrain>(accountId)
            .CreateAsync(caller.In(accountId), new NewAccount(body.Name, body.Slug, AccountType.Team));
        return TypedResults.Created($"/api/accounts/{accountId}", account);
    }

    private static async Task<Ok<AccountDetails>> GetAsync(Guid accountId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAccountGrain>(accountId).GetAsync(http.Caller().RequireSignedInPerson().In(accountId)));

    private static async Task<Ok<AccountDetails>> RenameAsync(Guid accountId, RenameAccountRequest body, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAccountGrain>(accountId).RenameAsync(http.Caller().RequireSignedInPerson().In(accountId), body.Name));

    private static async Task<NoContent> DeleteAsync(Guid accountId, HttpContext http, IGrainFactory grains)
    {
        await grains.GetGrain<IAccountGrain>(accountId).DeleteAsync(http.Caller().RequireSignedInPerson().In(accountId));
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<AccountMember>>> ListMembersAsync(Guid accountId, HttpContext http, IGrainFactory grains)
    {
        var account = await grains.GetGrain<IAccountGrain>(accountId).GetAsync(http.Caller().RequireSignedInPerson().In(accountId));
        return TypedResults.Ok<IReadOnlyList<AccountMember>>(account.Members);
    }

    private static async Task<Ok<AccountDetails>> AddMemberAsync(
        Guid accountId, AddMemberRequest body, HttpContext http, IGrainFactory grains, UserManager<ApplicationUser> users)
    {
        var scope = http.Caller().RequireSignedInPerson().In(accountId);

        // Who may add members is the grain's decision; it is asked before anything about the person is revealed.
        await grains.GetGrain<IAccountGrain>(accountId).AuthorizeAsync(scope, AccountPermission.Manage);
        var person = await users.FindByEmailAsync(body.Email ?? "")
            ?? throw DomainException.NotFound($"No one is registered with '{body.Email}'; send an invitation instead.");
        return TypedResults.Ok(await grains.GetGrain<IAccountGrain>(accountId).AddMemberAsync(scope, person.Id, body.Role));
    }

    private static async Task<Ok<AccountDetails>> ChangeRoleAsync(Guid accountId, Guid userId, ChangeRoleRequest body, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAccountGrain>(accountId).ChangeMemberRoleAsync(http.Caller().RequireSignedInPerson().In(accountId), userId, body.Role));

    private static async Task<Ok<AccountDetails>> RemoveMemberAsync(Guid accountId, Guid userId, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAccountGrain>(accountId).RemoveMemberAsync(http.Caller().RequireSignedInPerson().In(accountId), userId));
}
