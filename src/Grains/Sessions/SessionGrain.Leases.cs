namespace CodeMySpec.Sessions;

internal sealed partial class SessionGrain : IRemindable
{
    public const string LeaseReminder = "session-lease";

    private IGrainTimer? _leaseTimer;

    // The reminder this activation registered (it stays while the session is active, so a step does not pay a reminder
    // write each time it is handed out), and whether an ended session's reminder is known to be gone.
    private IGrainReminder? _reminder;

    private bool _reminderDropped;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != LeaseReminder)
        {
            return;
        }

        if (Exists && ExpireLapsedLease())
        {
            await SaveAsync();
        }
        else if (!Exists || Session.Status != SessionStatus.Active)
        {
            // Left behind by a session that ended (or whose first write failed) without dropping it.
            await DropReminderAsync();
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

    /// <summary>
    /// Keeps the reminder in step with the session being saved: registered while a command is leased, dropped once the
    /// session ended. Runs alongside the session's write, so it adds no round trip of its own to the answer.
    /// </summary>
    private async Task SyncReminderAsync()
    {
        if (Session.Status != SessionStatus.Active)
        {
            await DropReminderAsync();
        }
        else if (_reminder is null && Pending() is { LeasedUntil: not null })
        {
            var period = settings.LeaseDuration < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : settings.LeaseDuration;

            // Registering is an upsert: one write per activation whether or not an earlier one left the reminder behind.
            _reminder = await this.RegisterOrUpdateReminder(LeaseReminder, period, period);
        }
    }

    private async Task DropReminderAsync()
    {
        if (_reminderDropped)
        {
            return;
        }

        var reminder = _reminder ?? await this.GetReminder(LeaseReminder);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }

        (_reminder, _reminderDropped) = (null, true);
    }

    private void ArmTimer(DateTimeOffset until)
    {
        _leaseTimer?.Dispose();
        var due = until - clock.GetUtcNow();
        _leaseTimer = this.RegisterGrainTimer(OnLeaseTimerAsync, new GrainTimerCreationOptions(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan)
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

    /// <summary>Stops the lease timer once nothing is leased (the reminder follows the session's status in <see cref="SyncReminderAsync"/>).</summary>
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
