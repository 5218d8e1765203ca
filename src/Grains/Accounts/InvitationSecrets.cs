using System.Security.Cryptography;
using System.Text;

namespace CodeMySpec.Accounts;

/// <summary>Makes invitation secrets and the hashes the account keeps in their place.</summary>
internal static class InvitationSecrets
{
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(InvitationToken.SecretLength);

    /// <summary>
    /// A plain SHA-256 is enough: the secret is 32 random bytes, not a password, so there is nothing to
    /// brute-force, and a stolen database row cannot be turned back into a working token.
    /// </summary>
    public static string Hash(ReadOnlySpan<byte> secret) => Convert.ToHexStringLower(SHA256.HashData(secret));

    public static bool Matches(string storedHash, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(hash));
}
