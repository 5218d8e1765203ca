namespace CodeMySpec.Sessions;

/// <summary>
/// The service's one lease sweeper (key 0). While a session's grain is active its own timer times out its lease; the
/// sweeper is what brings back a lapsed lease whose grain is gone (its silo died, or it was deactivated while idle):
/// a reminder ticks it every minute on whichever silo is alive, and it hands every lapsed lease back to its session.
/// </summary>
[Alias("CodeMySpec.Sessions.ILeaseSweeperGrain")]
public interface ILeaseSweeperGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the sweeper's reminder unless it is registered (each silo asks once when it starts).</summary>
    [Alias("Ensure")]
    Task EnsureAsync();

    /// <summary>Times out every lapsed lease now (at most a bounded number per sweep); returns how many sessions it handed back.</summary>
    [Alias("Sweep")]
    Task<int> SweepAsync();
}
