using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CodeMySpec.Api.Security;

internal static class CallerExtensions
{
    /// <summary>The request's caller: the one its remembered token brought along, else read from its principal's claims.</summary>
    public static Caller Caller(this HttpContext context) =>
        context.Features.Get<KnownCaller>() is { } known && ReferenceEquals(known.Principal, context.User)
            ? known.Caller
            : Security.Caller.From(context.User);
}

/// <summary>
/// The caller of a token the silo remembers, read once when it was remembered. It counts only while the request's
/// user is the principal it came with (<see cref="Principal"/>).
/// </summary>
internal sealed record KnownCaller(ClaimsPrincipal Principal, Caller Caller);
