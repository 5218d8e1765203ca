using CodeMySpec.Api.Security;
using CodeMySpec.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Identity;

/// <summary>Register, sign in and out, change password: the JSON side of people's sign-in (the pages use the same rules).</summary>
internal static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("People");
        group.MapPost("/register", RegisterAsync).WithSummary("Register with email and password; creates your personal account and signs you in.");
        group.MapPost("/login", LoginAsync).WithSummary("Sign in; sets the sign-in cookie.");
        group.MapPost("/logout", LogoutAsync).WithSummary("Sign out.");
        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization().WithSummary("Change your password.");
        return group;
    }

    private static async Task<Created<PersonInfo>> RegisterAsync(Credentials body, Registration registration, SignInManager<ApplicationUser> signIn)
    {
        var user = await registration.RegisterAsync(body.Email, body.Password);
        await signIn.SignInAsync(user, isPersistent: true);
        return TypedResults.Created("/api/me", new PersonInfo(user.Id, user.Email!, user.PersonalAccountId));
    }

    private static async Task<Results<Ok<PersonInfo>, ProblemHttpResult>> LoginAsync(
        Credentials body, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
    {
        var user = await users.FindByEmailAsync(body.Email ?? "");
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, body.Password ?? "", isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("Too many failed attempts; try again in a few minutes.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        return result.Succeeded
            ? TypedResults.Ok(new PersonInfo(user!.Id, user.Email!, user.PersonalAccountId))
            : TypedResults.Problem("The email or the password is wrong.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<ApplicationUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ChangePasswordAsync(
        ChangePasswordRequest body, HttpContext http, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
    {
        var caller = http.Caller().RequireSignedInPerson();
        var user = await users.FindByIdAsync(caller.Actor.Id) ?? throw DomainException.NotFound("Your user no longer exists.");
        var result = await users.ChangePasswordAsync(user, body.CurrentPassword ?? "", body.NewPassword ?? "");
        if (!result.Succeeded)
        {
            throw IdentityErrors.ToDomainException(result);
        }

        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }
}
