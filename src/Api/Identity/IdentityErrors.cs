using CodeMySpec.Errors;
using Microsoft.AspNetCore.Identity;

namespace CodeMySpec.Api.Identity;

/// <summary>ASP.NET Core Identity's refusals as field errors the caller can act on.</summary>
internal static class IdentityErrors
{
    public static DomainException ToDomainException(IdentityResult result)
    {
        var errors = result.Errors.Select(e => new FieldError(FieldOf(e.Code), e.Description)).ToList();
        return errors.Any(e => e.Field == "email" && e.Message.Contains("taken", StringComparison.OrdinalIgnoreCase))
            ? new DomainException(DomainErrorKind.Conflict, string.Join(" ", errors.Select(e => e.Message)), [.. errors])
            : DomainException.Invalid(errors);
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) => "email",
        _ => "request",
    };
}
