using System.ComponentModel.DataAnnotations;

namespace CodeMySpec.Api.OAuth;

/// <summary>The <c>OAuth</c> configuration section.</summary>
public sealed class OAuthSettings
{
    public const string Section = "OAuth";

    /// <summary>The public base URL tokens are issued by (e.g. https://codemyspec.example.com/); from the request when empty.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>Refuse plain HTTP on the OAuth endpoints (set false only for loopback development).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// Look an access token up in the database when a silo validates it (not on a token-cache hit), so that a
    /// revoked token is refused (default). When false, a token is checked by signature and lifetime only and a
    /// revoked one works until it expires.
    /// </summary>
    public bool ValidateTokenEntries { get; set; } = true;

    /// <summary>
    /// How long a silo keeps an access token it validated, so repeated requests skip the signature check and the
    /// database query (never beyond the token's expiry; 0 turns the cache off). A revocation clears it on the
    /// revoking silo at once and on the others when the cluster relays it, or at the latest after this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan TokenCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Dynamic client registrations (RFC 7591) one client address may make per minute on one silo.</summary>
    [Range(1, 100_000)]
    public int RegistrationsPerMinute { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
}
