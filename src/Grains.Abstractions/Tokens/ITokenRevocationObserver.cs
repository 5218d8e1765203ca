using Orleans.Concurrency;

namespace CodeMySpec.Tokens;

/// <summary>One silo's cache of validated access tokens, told about revocations made on any silo.</summary>
[Alias("CodeMySpec.Tokens.ITokenRevocationObserver")]
public interface ITokenRevocationObserver : IGrainObserver
{
    /// <summary>Forgets the revoked tokens. One-way: a slow or dead silo never holds up the one that revoked.</summary>
    [Alias("Revoked"), OneWay]
    Task RevokedAsync(TokenRevocation revocation);
}
