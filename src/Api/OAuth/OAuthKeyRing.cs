using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using OpenIddict.Server;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// The server's signing and encryption keys, kept in PostgreSQL so that every silo signs and validates with
/// the same keys and a restart changes nothing. The first silo to start creates them; a concurrent second
/// one loses the insert race and reads the winner's keys.
/// </summary>
internal sealed class OAuthKeyRing(NpgsqlDataSource database) : IConfigureOptions<OpenIddictServerOptions>
{
    private const string Signing = "signing";
    private const string Encryption = "encryption";

    public void Configure(OpenIddictServerOptions options)
    {
        // Options are built once per process; the blocking read happens before the first request is served.
        var signing = LoadOrCreate(Signing);
        var encryption = LoadOrCreate(Encryption);
        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private RsaSecurityKey LoadOrCreate(string kind)
    {
        using var rsa = RSA.Create(2048);
        using (var insert = database.CreateCommand(
            "INSERT INTO oauth_keys (kind, key_id, private_key_pem) VALUES ($1, $2, $3) ON CONFLICT (kind) DO NOTHING"))
        {
            insert.Parameters.Add(new() { Value = kind });
            insert.Parameters.Add(new() { Value = Guid.NewGuid().ToString("N") });
            insert.Parameters.Add(new() { Value = rsa.ExportPkcs8PrivateKeyPem() });
            insert.ExecuteNonQuery();
        }

        using var select = database.CreateCommand("SELECT key_id, private_key_pem FROM oauth_keys WHERE kind = $1");
        select.Parameters.Add(new() { Value = kind });
        using var reader = select.ExecuteReader();
        reader.Read();
        var key = RSA.Create();
        key.ImportFromPem(reader.GetString(1));
        return new RsaSecurityKey(key) { KeyId = reader.GetString(0) };
    }
}
