using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// The principal of a token <see cref="AccessTokenCache"/> remembers. Every request that brings the token gets this
/// same instance, so its claims cannot be added or removed: a request that tries gets an exception instead of
/// changing what later requests see. Claims are looked up by their exact type, as for the validated token.
/// </summary>
internal sealed class RememberedPrincipal : ClaimsPrincipal
{
    public RememberedPrincipal(ClaimsPrincipal validated)
        : base(validated.Identities.Select(identity => new RememberedIdentity(identity)))
    {
    }

    public override void AddIdentity(ClaimsIdentity identity) => throw Unchangeable();

    public override void AddIdentities(IEnumerable<ClaimsIdentity> identities) => throw Unchangeable();

    internal static InvalidOperationException Unchangeable() =>
        new("The principal of a remembered access token is shared by the requests that bring the token and cannot be changed; copy it (Clone) to change it.");

    private sealed class RememberedIdentity(ClaimsIdentity validated) : CaseSensitiveClaimsIdentity(validated)
    {
        public override void AddClaim(Claim claim) => throw Unchangeable();

        public override void AddClaims(IEnumerable<Claim?> claims) => throw Unchangeable();

        public override void RemoveClaim(Claim? claim) => throw Unchangeable();

        public override bool TryRemoveClaim(Claim? claim) => throw Unchangeable();
    }
}
