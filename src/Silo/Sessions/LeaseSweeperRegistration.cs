using CodeMySpec.Sessions;

namespace CodeMySpec.Silo.Sessions;

/// <summary>
/// Makes sure the lease sweeper's reminder exists once this silo is active. It runs beside the start, not in its way:
/// if the reminder table cannot be reached yet, it tries again every few seconds until it can or the silo stops.
/// </summary>
internal sealed class LeaseSweeperRegistration(IGrainFactory grains, ILogger<LeaseSweeperRegistration> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(
        nameof(LeaseSweeperRegistration),
        ServiceLifecycleStage.Active,
        _ =>
        {
            Task.Run(RegisterAsync);
            return Task.CompletedTask;
        },
        // A call in flight is not waited for: the silo stops without it, and the next one to start registers again.
        _ => _stopping.CancelAsync());

    private async Task RegisterAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await grains.GetGrain<ILeaseSweeperGrain>(0).EnsureAsync();
                return;
            }
            catch (Exception e) when (!_stopping.IsCancellationRequested)
            {
                logger.LogWarning(e, "The lease sweeper's reminder could not be registered; trying again in {Delay}.", RetryAfter);
            }

            try
            {
                await Task.Delay(RetryAfter, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
