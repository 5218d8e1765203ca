using Microsoft.Extensions.Logging;

namespace CodeMySpec.Sessions;

/// <summary>
/// Finds lapsed leases in the sessions' headers (<see cref="ISessionStore.LapsedAsync"/>) and tells each session to
/// time its lease out. One reminder for the whole service replaces one per session, so that starting and ending a
/// session write no reminder rows.
/// </summary>
internal sealed class LeaseSweeperGrain(ISessionStore store, TimeProvider clock, ILogger<LeaseSweeperGrain> logger)
    : Grain, ILeaseSweeperGrain, IRemindable
{
    public const string Reminder = "session-lease-sweep";

    // Leases are minutes long (30 by default): a minute late is the price of not writing a reminder per session.
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private const int Batch = 200;

    private const int MaxPerSweep = 5_000;

    private const int InFlight = 16;

    public async Task EnsureAsync()
    {
        if (await this.GetReminder(Reminder) is null)
        {
            await this.RegisterOrUpdateReminder(Reminder, Period, Period);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName == Reminder ? SweepAsync() : Task.CompletedTask;

    public async Task<int> SweepAsync()
    {
        var handedBack = 0;
        for (var seen = 0; seen < MaxPerSweep;)
        {
            var lapsed = await store.LapsedAsync(clock.GetUtcNow(), Batch);
            var expired = 0;
            foreach (var chunk in lapsed.Chunk(InFlight))
            {
                var done = await Task.WhenAll(chunk.Select(ExpireAsync));
                expired += done.Count(d => d);
            }

            handedBack += expired;
            seen += lapsed.Count;

            // A short page is the last one; a page none of whose sessions moved would come back the same: next tick.
            if (lapsed.Count < Batch || expired == 0)
            {
                break;
            }
        }

        return handedBack;
    }

    private async Task<bool> ExpireAsync(Guid sessionId)
    {
        try
        {
            await GrainFactory.GetGrain<ISessionGrain>(sessionId).ExpireLeaseAsync();
            return true;
        }
        catch (Exception e)
        {
            // The session stays lapsed in its header, so the next tick tries again.
            logger.LogWarning(e, "Session {SessionId}: its lapsed lease could not be timed out; the next sweep tries again.", sessionId);
            return false;
        }
    }
}
