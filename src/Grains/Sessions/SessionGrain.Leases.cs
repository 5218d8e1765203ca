namespace CodeMySpec.Sessions;

internal sealed partial class SessionGrain : IRemindable
{
    public const string LeaseReminder = "session-lease";

    private IGrainTimer? _leaseTimer;

    // The reminder this activation registered: it stays while the session is active, so a step does not pay a
    // reminder write each time it is handed out, and dropping it at the end needs no read.
    private IGrainReminder? _reminder;

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

        await DisarmLeaseIfIdleAsync();
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

    private async Task ArmLeaseAsync(Interaction interaction)
    {
        ArmTimer(interaction.LeasedUntil!.Value);
        var period = settings.LeaseDuration < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : settings.LeaseDuration;
        // Registering is an upsert: one write per activation whether or not an earlier one left the reminder behind.
        _reminder ??= await this.RegisterOrUpdateReminder(LeaseReminder, period, period);
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

    /// <summary>
    /// Stops the lease timer once nothing is leased, and drops the reminder once the session ended. An active session
    /// keeps its reminder between steps (a tick with nothing leased does nothing).
    /// </summary>
    private async Task DisarmLeaseIfIdleAsync()
    {
        if (Session.Status == SessionStatus.Active && Pending() is { LeasedUntil: not null })
        {
            return;
        }

        _leaseTimer?.Dispose();
        _leaseTimer = null;
        if (Session.Status == SessionStatus.Active)
        {
            return;
        }

        var reminder = _reminder ?? await this.GetReminder(LeaseReminder);
        _reminder = null;
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
