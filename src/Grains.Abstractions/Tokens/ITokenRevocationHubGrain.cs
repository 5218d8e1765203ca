namespace CodeMySpec.Tokens;

/// <summary>
/// Relays token revocations to every silo's token cache (key: 0, the one hub of the cluster). It is called on
/// revocations and subscription renewals only, never per request. Subscriptions expire unless renewed, so a
/// silo that died drops out; a hub that moved to another silo is refilled by the next renewals.
/// </summary>
[Alias("CodeMySpec.Tokens.ITokenRevocationHubGrain")]
public interface ITokenRevocationHubGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or renews a silo's subscription.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(ITokenRevocationObserver observer);

    /// <summary>Removes a silo's subscription (on shutdown).</summary>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(ITokenRevocationObserver observer);

    /// <summary>Tells every subscribed silo about the revocation.</summary>
    [Alias("Publish")]
    Task PublishAsync(TokenRevocation revocation);
}
