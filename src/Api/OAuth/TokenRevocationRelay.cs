using System.Threading.Channels;
using CodeMySpec.Tokens;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CodeMySpec.Api.OAuth;

/// <summary>
/// Carries revocations between this silo's <see cref="AccessTokenCache"/> and the other silos': a revocation
/// made here leaves this cache at once and is published through the cluster's hub grain in the background;
/// revocations published elsewhere arrive as observer calls. If the hub cannot be reached, other silos still
/// drop the token when their entry ends (<see cref="OAuthSettings.TokenCacheDuration"/>).
/// </summary>
internal sealed class TokenRevocationRelay(AccessTokenCache cache, IGrainFactory grains, ILogger<TokenRevocationRelay> logger)
    : BackgroundService, ITokenRevocationObserver
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private const int PublishAttempts = 3;

    // Unbounded: revocations are rare, one per revoke request or replayed refresh token.
    private readonly Channel<TokenRevocation> _outbox = Channel.CreateUnbounded<TokenRevocation>(new() { SingleReader = true });
    private ITokenRevocationObserver? _reference;

    private ITokenRevocationHubGrain Hub => grains.GetGrain<ITokenRevocationHubGrain>(TokenRevocationHub.Key);

    /// <summary>Forgets the tokens here now and tells the other silos.</summary>
    public void Revoke(TokenRevocation revocation)
    {
        cache.Revoke(revocation);
        _outbox.Writer.TryWrite(revocation);
    }

    public Task RevokedAsync(TokenRevocation revocation)
    {
        cache.Revoke(revocation);
        return Task.CompletedTask;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(RenewSubscriptionAsync(stoppingToken), PublishAsync(stoppingToken));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference is not null)
        {
            try
            {
                await Hub.UnsubscribeAsync(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The subscription expires by itself.
                logger.LogDebug(e, "Could not unsubscribe from token revocations");
            }

            grains.DeleteObjectReference<ITokenRevocationObserver>(_reference);
        }
    }

    private async Task RenewSubscriptionAsync(CancellationToken stoppingToken)
    {
        _reference = grains.CreateObjectReference<ITokenRevocationObserver>(this);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = TokenRevocationHub.RenewPeriod;
            try
            {
                await Hub.SubscribeAsync(_reference);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not subscribe to token revocations; retrying in {Delay}", RetryDelay);
                wait = RetryDelay;
            }

            await Task.Delay(wait, stoppingToken);
        }
    }

    private async Task PublishAsync(CancellationToken stoppingToken)
    {
        await foreach (var revocation in _outbox.Reader.ReadAllAsync(stoppingToken))
        {
            for (var attempt = 1; attempt <= PublishAttempts; attempt++)
            {
                try
                {
                    await Hub.PublishAsync(revocation);
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not publish a token revocation (attempt {Attempt} of {Attempts})", attempt, PublishAttempts);
                    await Task.Delay(RetryDelay, stoppingToken);
                }
            }
        }
    }
}
