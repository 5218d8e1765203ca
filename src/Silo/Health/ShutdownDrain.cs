using CodeMySpec.Silo.Configuration;

namespace CodeMySpec.Silo.Health;

/// <summary>
/// First step of a graceful shutdown: readiness goes false, then a configured pause lets load balancers
/// stop sending traffic, and only then do the other services (the silo among them) stop.
/// </summary>
internal sealed partial class ShutdownDrain(SiloLifecycleState lifecycle, OrleansSettings settings, ILogger<ShutdownDrain> logger)
    : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        lifecycle.MarkStopping();
        LogDraining(settings.DrainDelay);
        if (settings.DrainDelay > TimeSpan.Zero)
        {
            await Task.Delay(settings.DrainDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown started: not ready any more; draining for {DrainDelay}")]
    private partial void LogDraining(TimeSpan drainDelay);
}
