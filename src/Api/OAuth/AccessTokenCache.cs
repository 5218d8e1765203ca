using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CodeMySpec.Api.Security;
using CodeMySpec.Errors;
using CodeMySpec.Tokens;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// Access tokens this silo has fully validated (signature, lifetime, token entry), keyed by the SHA-256 of the
/// token, so that a repeated request costs a hash and a lookup instead of a signature check and a database
/// query. An entry lives until the token expires or <see cref="OAuthSettings.TokenCacheDuration"/> has passed,
/// whichever is first; a revocation removes it at once.
/// </summary>
internal sealed class AccessTokenCache(IOptions<OAuthSettings> settings, TimeProvider time)
{
    /// <summary>Bounds memory whatever the number of distinct tokens; when full, expired entries go first, then all.</summary>
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<TokenKey, Entry> _entries = new();
    private readonly TimeSpan _duration = settings.Value.TokenCacheDuration;
    private long _generation;

    /// <summary>Changes with every revocation; read it before validating a token and hand it to <see cref="Add"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public int Count => _entries.Count;

    /// <summary>The cache key of a token, its SHA-256: the cache never holds the tokens themselves.</summary>
    public static TokenKey KeyOf(ReadOnlySpan<char> token)
    {
        var length = Encoding.UTF8.GetMaxByteCount(token.Length);
        var rented = length > 4096 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> bytes = rented is null ? stackalloc byte[4096] : rented;
            var written = Encoding.UTF8.GetBytes(token, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes[..written], hash);
            return new TokenKey(MemoryMarshal.Read<UInt128>(hash), MemoryMarshal.Read<UInt128>(hash[16..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// A remembered token's principal (shared and unchangeable, see <see cref="RememberedPrincipal"/>) and the caller read from its claims when it was remembered
    /// (null if they do not make a caller), so a request with a known token reads no claims.
    /// </summary>
    public bool TryGet(TokenKey key, out ClaimsPrincipal principal, out Caller? caller)
    {
        principal = null!;
        caller = null;
        if (_duration <= TimeSpan.Zero || !_entries.TryGetValue(key, out var entry))
        {
            return false;
        }

        if (time.GetUtcNow() >= entry.Until)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            return false;
        }

        principal = entry.Principal;
        caller = entry.Caller;
        return true;
    }

    /// <summary>Remembers a token validated while <see cref="Generation"/> was <paramref name="generationBefore"/>.</summary>
    public void Add(TokenKey key, ClaimsPrincipal principal, long generationBefore)
    {
        var now = time.GetUtcNow();
        if (_duration <= TimeSpan.Zero || principal.GetExpirationDate() is not { } expires || expires <= now)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            Trim(now);
        }

        var until = expires < now + _duration ? expires : now + _duration;
        _entries[key] = new Entry(new RememberedPrincipal(principal), CallerOf(principal), principal.GetTokenId(), principal.GetAuthorizationId(), until);

        // A revocation that began after validation started may have scanned before this insert: undo it. Revoke
        // bumps the generation before it scans, so either its scan sees the entry or this check sees the bump.
        if (Generation != generationBefore)
        {
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>Forgets the revoked tokens (by token id, by authorization id, or all).</summary>
    public void Revoke(TokenRevocation revocation)
    {
        Interlocked.Increment(ref _generation);
        if (revocation.Everything)
        {
            _entries.Clear();
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            if ((entry.TokenId is not null && revocation.TokenIds.Contains(entry.TokenId))
                || (entry.AuthorizationId is not null && revocation.AuthorizationIds.Contains(entry.AuthorizationId)))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.Until <= now)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
    }

    public readonly record struct TokenKey(UInt128 High, UInt128 Low);

    private static Caller? CallerOf(ClaimsPrincipal principal)
    {
        try
        {
            return Caller.From(principal);
        }
        catch (Exception e) when (e is DomainException or ArgumentException or FormatException)
        {
            // Not a caller the API knows: each request reads its claims again and meets the same refusal.
            return null;
        }
    }

    private sealed record Entry(ClaimsPrincipal Principal, Caller? Caller, string? TokenId, string? AuthorizationId, DateTimeOffset Until);
}
