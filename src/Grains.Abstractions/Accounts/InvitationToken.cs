using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace CodeMySpec.Accounts;

/// <summary>
/// The invitation token a person receives: <c>&lt;account id as 32 hex digits&gt;.&lt;secret as base64url&gt;</c>.
/// The account id routes the token to its account grain without a lookup table; the secret (32 random
/// bytes) proves the invitation, and the account stores only its SHA-256 hash.
/// </summary>
public static class InvitationToken
{
    /// <summary>How many random bytes the secret has.</summary>
    public const int SecretLength = 32;

    private const int AccountIdLength = 32;

    private static readonly int EncodedSecretLength = Base64Url.GetEncodedLength(SecretLength);

    /// <summary>Writes the token for an account and a secret of <see cref="SecretLength"/> bytes.</summary>
    public static string Format(Guid accountId, ReadOnlySpan<byte> secret) => secret.Length == SecretLength
        ? accountId.ToString("N") + "." + Base64Url.EncodeToString(secret)
        : throw new ArgumentException($"An invitation secret has {SecretLength} bytes.", nameof(secret));

    /// <summary>Reads which account a token belongs to, so that a surface can route it; false when it is malformed.</summary>
    public static bool TryParseAccountId([NotNullWhen(true)] string? token, out Guid accountId) =>
        TryParse(token, out accountId, out _);

    /// <summary>Splits a well-formed token into its account id and secret; false when it is malformed.</summary>
    public static bool TryParse([NotNullWhen(true)] string? token, out Guid accountId, out byte[] secret)
    {
        accountId = Guid.Empty;
        secret = [];
        if (token is null || token.Length != AccountIdLength + 1 + EncodedSecretLength || token[AccountIdLength] != '.')
        {
            return false;
        }

        var encoded = token.AsSpan(AccountIdLength + 1);
        var bytes = new byte[SecretLength];

        // TryDecode throws on characters outside the alphabet, so those are screened out first. Only the
        // canonical spelling counts, so that one secret has exactly one token.
        if (!Guid.TryParseExact(token.AsSpan(0, AccountIdLength), "N", out var id)
            || !Base64Url.IsValid(encoded, out var decodedLength) || decodedLength != SecretLength
            || !Base64Url.TryDecodeFromChars(encoded, bytes, out var written) || written != SecretLength
            || !encoded.SequenceEqual(Base64Url.EncodeToString(bytes)))
        {
            return false;
        }

        (accountId, secret) = (id, bytes);
        return true;
    }
}
