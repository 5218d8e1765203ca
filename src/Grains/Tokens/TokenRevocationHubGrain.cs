using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace CodeMySpec.Tokens;

internal sealed class TokenRevocationHubGrain(ILogger<TokenRevocationHubGrain> logger) : Grain, ITokenRevocationHubGrain
{
    /// <summary>Silos renew every <see cref="TokenRevocationHub.RenewPeriod"/>; three missed renewals drop a silo.</summary>
    private readonly ObserverManager<ITokenRevocationObserver> _observers = new(TokenRevocationHub.RenewPeriod * 3, logger);

    public Task SubscribeAsync(ITokenRevocationObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ITokenRevocationObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task PublishAsync(TokenRevocation revocation) => _observers.Notify(o => o.RevokedAsync(revocation));
}
