using System.Security.Claims;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Errors;
using CodeMySpec.Security;
using OpenIddict.Abstractions;

namespace CodeMySpec.Api.Security;

/// <summary>
/// Who is calling, read from the request's authentication only: a person with the sign-in cookie, a person
/// through a token bound to one project, or an agent client's token bound to one project.
/// </summary>
internal sealed record Caller(Actor Actor, Guid? TokenAccountId, Guid? TokenProjectId, IReadOnlySet<string> TokenScopes, bool IsToken)
{
    public bool IsPerson => Actor.Kind == ActorKind.Person;

    public static Caller From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            throw DomainException.Forbidden("Sign in, or send a bearer token.");
        }

        var subject = user.FindFirstValue(OpenIddictConstants.Claims.Subject);
        if (subject is null)
        {
            // The sign-in cookie: a person acting in whatever account the route names.
            var userId = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
            return new Caller(Actor.Person(userId), null, null, new HashSet<string>(), IsToken: false);
        }

        var actor = user.FindFirstValue(OAuthClaims.Actor) == OAuthClaims.PersonActor
            ? Actor.Person(Guid.Parse(subject))
            : Actor.Agent(subject);
        return new Caller(actor,
            Guid.Parse(user.FindFirstValue(OAuthClaims.AccountId)!),
            Guid.Parse(user.FindFirstValue(OAuthClaims.ProjectId)!),
            user.GetScopes().ToHashSet(StringComparer.Ordinal),
            IsToken: true);
    }

    /// <summary>The scope for work in an account; a token only ever reaches its own account and project.</summary>
    public Scope In(Guid accountId, Guid? projectId = null)
    {
        if (IsToken && accountId != TokenAccountId)
        {
            throw DomainException.NotFound($"Account {accountId} was not found for this token.");
        }

        return new Scope(Actor, accountId, IsToken ? TokenProjectId : projectId);
    }

    /// <summary>Tokens must carry the scope; people signed in with the cookie hold every right their role gives.</summary>
    public Caller Require(string scope) => !IsToken || TokenScopes.Contains(scope)
        ? this
        : throw DomainException.Forbidden($"This token lacks the '{scope}' scope; ask for it when you request the token.");

    /// <summary>Account and member management is done by people in the UI, never through a token.</summary>
    public Caller RequireSignedInPerson() => IsPerson && !IsToken
        ? this
        : throw DomainException.Forbidden("Only a person signed in to CodeMySpec can do this; tokens cannot.");
}
