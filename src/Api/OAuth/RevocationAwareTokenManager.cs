using CodeMySpec.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// OpenIddict's token manager, which also tells every silo's <see cref="AccessTokenCache"/> what it revoked:
/// a token at /connect/revoke, every token of a grant when a refresh token is replayed, and the broad
/// revocations (by subject, client or application), which empty the caches.
/// </summary>
internal sealed class RevocationAwareTokenManager<TToken>(
    IOpenIddictTokenCache<TToken> cache, ILogger<OpenIddictTokenManager<TToken>> logger, IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictTokenStore<TToken> store, TokenRevocationRelay relay)
    : OpenIddictTokenManager<TToken>(cache, logger, options, store)
    where TToken : class
{
    public override async ValueTask<bool> TryRevokeAsync(TToken token, CancellationToken cancellationToken = default)
    {
        if (!await base.TryRevokeAsync(token, cancellationToken))
        {
            return false;
        }

        relay.Revoke(await GetIdAsync(token, cancellationToken) is { } id ? TokenRevocation.Token(id) : TokenRevocation.All);
        return true;
    }

    public override async ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeByAuthorizationIdAsync(identifier, cancellationToken);
        relay.Revoke(TokenRevocation.Authorization(identifier));
        return count;
    }

    public override async ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeAsync(subject, client, status, type, cancellationToken);
        relay.Revoke(TokenRevocation.All);
        return count;
    }

    public override async ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeByApplicationIdAsync(identifier, cancellationToken);
        relay.Revoke(TokenRevocation.All);
        return count;
    }

    public override async ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeBySubjectAsync(subject, cancellationToken);
        relay.Revoke(TokenRevocation.All);
        return count;
    }
}
