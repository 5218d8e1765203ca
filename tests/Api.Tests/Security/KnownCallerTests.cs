using System.Security.Claims;
using CodeMySpec.Api.Security;
using CodeMySpec.Errors;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Http;

namespace CodeMySpec.Api.Tests.Security;

/// <summary>The caller a remembered token brings along counts only for the principal it came with.</summary>
public sealed class KnownCallerTests
{
    private static readonly Caller Agent = new(Actor.Agent("agent-1"), Guid.NewGuid(), Guid.NewGuid(), new HashSet<string> { "read" }, IsToken: true);

    [Fact]
    public void Caller_OfTheRequestsOwnPrincipal_IsTheRememberedOne()
    {
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity()) };
        http.Features.Set(new KnownCaller(http.User, Agent));

        Assert.Same(Agent, http.Caller());
    }

    [Fact]
    public void Caller_RememberedForAnotherPrincipal_IsIgnored_AndTheRequestsOwnClaimsDecide()
    {
        // The request's user is anonymous; a caller left for some other principal must not make it someone.
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity()) };
        http.Features.Set(new KnownCaller(new ClaimsPrincipal(new ClaimsIdentity("Bearer")), Agent));

        var refusal = Assert.Throws<DomainException>(() => http.Caller());

        Assert.Equal(DomainErrorKind.Forbidden, refusal.Kind);
    }
}
