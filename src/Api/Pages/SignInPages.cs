using CodeMySpec.Api.Identity;
using CodeMySpec.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Pages;

/// <summary>Sign-in and registration pages for people in a browser (the OAuth flow sends them here).</summary>
internal static class SignInPages
{
    public static IEndpointRouteBuilder MapSignInPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/login", (string? returnUrl, HttpContext http, IAntiforgery antiforgery) =>
            LoginForm(http, antiforgery, returnUrl, error: null)).ExcludeFromDescription();
        endpoints.MapPost("/account/login", LoginAsync).ExcludeFromDescription();
        endpoints.MapGet("/account/register", (string? returnUrl, HttpContext http, IAntiforgery antiforgery) =>
            RegisterForm(http, antiforgery, returnUrl, error: null)).ExcludeFromDescription();
        endpoints.MapPost("/account/register", RegisterAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http, IAntiforgery antiforgery, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
    {
        await antiforgery.ValidateRequestAsync(http);
        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var user = await users.FindByEmailAsync(form["email"].ToString());
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form["password"].ToString(), isPersistent: true, lockoutOnFailure: true);
        return result.Succeeded
            ? Results.LocalRedirect(SafeReturnUrl(returnUrl))
            : LoginForm(http, antiforgery, returnUrl, result.IsLockedOut ? "Too many failed attempts; try again in a few minutes." : "The email or the password is wrong.");
    }

    private static async Task<IResult> RegisterAsync(
        HttpContext http, IAntiforgery antiforgery, Registration registration, SignInManager<ApplicationUser> signIn)
    {
        await antiforgery.ValidateRequestAsync(http);
        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        try
        {
            var user = await registration.RegisterAsync(form["email"].ToString(), form["password"].ToString());
            await signIn.SignInAsync(user, isPersistent: true);
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }
        catch (DomainException e)
        {
            return RegisterForm(http, antiforgery, returnUrl, string.Join(" ", e.Errors.Select(x => x.Message).DefaultIfEmpty(e.Message)));
        }
    }

    private static IResult LoginForm(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error) => CredentialsForm(
        http, antiforgery, "Sign in", "/account/login", returnUrl, error, "current-password", "Password",
        $"""<p class="muted">No account yet? <a href="/account/register?returnUrl={Uri.EscapeDataString(returnUrl ?? "/")}">Register</a></p>""",
        StatusCodes.Status401Unauthorized);

    private static IResult RegisterForm(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error) => CredentialsForm(
        http, antiforgery, "Register", "/account/register", returnUrl, error, "new-password", "Password (at least 10 characters)", "",
        StatusCodes.Status400BadRequest);

    private static IResult CredentialsForm(
        HttpContext http, IAntiforgery antiforgery, string title, string action, string? returnUrl, string? error,
        string passwordAutocomplete, string passwordLabel, string footer, int errorStatus)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Html.Page(title, $"""
            {Html.Error(error)}
            <form method="post" action="{action}">
              {Html.Hidden(tokens.FormFieldName, tokens.RequestToken)}
              {Html.Hidden("returnUrl", returnUrl)}
              <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
              <label for="password">{Html.Encode(passwordLabel)}</label><input id="password" name="password" type="password" autocomplete="{passwordAutocomplete}" required>
              <button type="submit">{Html.Encode(title)}</button>
            </form>
            {footer}
            """, error is null ? StatusCodes.Status200OK : errorStatus);
    }

    /// <summary>Only paths of this site; anything else (an open redirect) goes home.</summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
