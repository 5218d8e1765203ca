using System.Security.Claims;
using CodeMySpec.Api.OAuth;
using CodeMySpec.TestSupport;
using CodeMySpec.Tokens;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace CodeMySpec.Api.Tests.OAuth;

/// <summary>The cache's bounds on its own, with a clock the test moves: when an entry ends and what a revocation removes.</summary>
public sealed class AccessTokenCacheTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Entry_EndsWithTheToken_WhenTheTokenExpiresBeforeTheCacheDuration()
    {
        var cache = Cache(TimeSpan.FromMinutes(5));
        var key = AccessTokenCache.KeyOf("token-1");
        cache.Add(key, Principal(expiresIn: TimeSpan.FromSeconds(2)), cache.Generation);

        Assert.True(cache.TryGet(key, out _, out _));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cache.TryGet(key, out _, out _));
    }

    [Fact]
    public void Entry_EndsAfterTheCacheDuration_ThoughTheTokenLivesLonger()
    {
        var cache = Cache(TimeSpan.FromSeconds(5));
        var key = AccessTokenCache.KeyOf("token-1");
        cache.Add(key, Principal(expiresIn: TimeSpan.FromHours(1)), cache.Generation);

        _clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.True(cache.TryGet(key, out _, out _));
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.False(cache.TryGet(key, out _, out _));
    }

    [Fact]
    public void Revoke_RemovesTheTokenById_AndEveryTokenOfARevokedAuthorization()
    {
        var cache = Cache(TimeSpan.FromMinutes(1));
        var (one, two, three) = (AccessTokenCache.KeyOf("one"), AccessTokenCache.KeyOf("two"), AccessTokenCache.KeyOf("three"));
        cache.Add(one, Principal(tokenId: "t1", authorizationId: "grant-a"), cache.Generation);
        cache.Add(two, Principal(tokenId: "t2", authorizationId: "grant-a"), cache.Generation);
        cache.Add(three, Principal(tokenId: "t3", authorizationId: "grant-b"), cache.Generation);

        cache.Revoke(TokenRevocation.Token("t3"));
        Assert.False(cache.TryGet(three, out _, out _));
        Assert.True(cache.TryGet(one, out _, out _));

        cache.Revoke(TokenRevocation.Authorization("grant-a"));
        Assert.False(cache.TryGet(one, out _, out _));
        Assert.False(cache.TryGet(two, out _, out _));
    }

    [Fact]
    public void Add_OfATokenValidatedBeforeARevocation_IsNotKept()
    {
        var cache = Cache(TimeSpan.FromMinutes(1));
        var key = AccessTokenCache.KeyOf("token-1");
        var before = cache.Generation;

        cache.Revoke(TokenRevocation.Token("t1"));
        cache.Add(key, Principal(tokenId: "t1"), before);

        Assert.False(cache.TryGet(key, out _, out _));
    }

    [Fact]
    public void Hit_APrincipalNoRequestCanChangeForTheNext()
    {
        var cache = Cache(TimeSpan.FromMinutes(1));
        var key = AccessTokenCache.KeyOf("token-1");
        cache.Add(key, Principal(), cache.Generation);

        cache.TryGet(key, out var first, out _);
        var identity = (ClaimsIdentity)first.Identity!;
        var sub = identity.FindFirst(OpenIddictConstants.Claims.Subject)!;
        Assert.Throws<InvalidOperationException>(() => identity.AddClaim(new Claim("injected", "yes")));
        Assert.Throws<InvalidOperationException>(() => identity.AddClaims([new Claim("injected", "yes")]));
        Assert.Throws<InvalidOperationException>(() => identity.RemoveClaim(sub));
        Assert.Throws<InvalidOperationException>(() => identity.TryRemoveClaim(sub));
        Assert.Throws<InvalidOperationException>(() => first.AddIdentity(new ClaimsIdentity([new Claim("injected", "yes")], "other")));
        cache.TryGet(key, out var second, out _);

        Assert.Null(second.FindFirst("injected"));
        Assert.Equal(sub.Value, second.FindFirst(OpenIddictConstants.Claims.Subject)?.Value);
        Assert.True(second.Identity!.IsAuthenticated);
    }

    [Fact]
    public void Cache_StaysWithinItsBound()
    {
        var cache = Cache(TimeSpan.FromMinutes(1));
        for (var i = 0; i <= AccessTokenCache.MaxEntries; i++)
        {
            cache.Add(AccessTokenCache.KeyOf($"token-{i}"), Principal(), cache.Generation);
        }

        Assert.True(cache.Count <= AccessTokenCache.MaxEntries);
    }

    [Fact]
    public void ZeroDuration_TurnsTheCacheOff()
    {
        var cache = Cache(TimeSpan.Zero);
        var key = AccessTokenCache.KeyOf("token-1");
        cache.Add(key, Principal(), cache.Generation);

        Assert.False(cache.TryGet(key, out _, out _));
    }

    private AccessTokenCache Cache(TimeSpan duration) =>
        new(Options.Create(new OAuthSettings { TokenCacheDuration = duration }), _clock);

    private ClaimsPrincipal Principal(TimeSpan? expiresIn = null, string tokenId = "t", string authorizationId = "a")
    {
        var identity = new ClaimsIdentity("Bearer");
        identity.SetClaim(OpenIddictConstants.Claims.Subject, "agent-1");
        identity.SetTokenId(tokenId).SetAuthorizationId(authorizationId);
        identity.SetExpirationDate(_clock.GetUtcNow() + (expiresIn ?? TimeSpan.FromHours(1)));
        return new ClaimsPrincipal(identity);
    }
}
