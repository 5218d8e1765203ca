using Microsoft.AspNetCore.Http;

namespace CodeMySpec.Api.Security;

internal static class CallerExtensions
{
    public static Caller Caller(this HttpContext context) => Security.Caller.From(context.User);
}
