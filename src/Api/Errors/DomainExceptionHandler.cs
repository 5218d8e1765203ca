using CodeMySpec.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CodeMySpec.Api.Errors;

/// <summary>
/// Turns a grain's refusal into ProblemDetails: 400 with the field errors, 403, 404 or 409, always with
/// the grain's sentence saying what is wrong and how to fix it.
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DomainException domain)
        {
            return false;
        }

        var status = ToStatus(domain.Kind);
        var problem = domain.Kind == DomainErrorKind.Validation
            ? new ValidationProblemDetails(domain.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = Title(domain.Kind);
        problem.Detail = domain.Message;

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static int ToStatus(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Validation => StatusCodes.Status400BadRequest,
        DomainErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
        DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string Title(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Validation => "The request is invalid.",
        DomainErrorKind.Forbidden => "Not allowed.",
        DomainErrorKind.NotFound => "Not found.",
        DomainErrorKind.Conflict => "Conflict with the current state.",
        _ => "Error.",
    };
}
