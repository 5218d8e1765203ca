namespace CodeMySpec.Sessions;

internal sealed partial class SessionGrain : IRemindable
{
    // Sessions once registered a lease reminder each; the lease sweeper does that job now.
    private const string OldLeaseReminder = "session-lease";

    private IGrainTimer? _leaseTimer;

    public async Task ExpireLeaseAsync()
    {
        await LoadAsync();
        if (Exists && ExpireLapsedLease())
        {
            await SaveAsync();
        }
    }

    /// <summary>A reminder left from before the sweeper does its job once more, then is dropped.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != OldLeaseReminder)
        {
            return;
        }

        await ExpireLeaseAsync();
        if (await this.GetReminder(reminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>Marks the pending interaction timed out when its lease ran out; the next get_next_command hands its step out again.</summary>
    private bool ExpireLapsedLease()
    {
        var now = clock.GetUtcNow();
        var index = Session.Interactions.FindLastIndex(i => i.Status == InteractionStatus.Pending);
        if (index < 0 || Session.Interactions[index].LeasedUntil is not { } until || until > now)
        {
            return false;
        }

        Replace(index, Session.Interactions[index] with
        {
            Status = InteractionStatus.TimedOut,
            CompletedAt = now,
            Feedback = $"No result came before the lease ran out at {until:O}; the command is handed out again.",
        });
        return true;
    }

    private void ArmTimer(DateTimeOffset until)
    {
        var due = until - clock.GetUtcNow();
        due = due < TimeSpan.Zero ? TimeSpan.Zero : due;

        // One timer per activation, moved to each new deadline.
        if (_leaseTimer is { } timer)
        {
            timer.Change(due, Timeout.InfiniteTimeSpan);
            return;
        }

        _leaseTimer = this.RegisterGrainTimer(OnLeaseTimerAsync, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan)
        {
            Interleave = false,
            KeepAlive = false,
        });
    }

    private async Task OnLeaseTimerAsync(CancellationToken cancellationToken)
    {
        if (Exists && ExpireLapsedLease())
        {
            await SaveAsync();
        }
    }

    /// <summary>Stops the lease timer once nothing is leased.</summary>
    private void DisarmTimerIfIdle()
    {
        if (Session.Status == SessionStatus.Active && Pending() is { LeasedUntil: not null })
        {
            return;
        }

        _leaseTimer?.Dispose();
        _leaseTimer = null;
    }
}
