namespace CodeMySpec.Sessions;

internal sealed partial class SessionGrain : IRemindable
{
    public const string LeaseReminder = "session-lease";

    private IGrainTimer? _leaseTimer;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // After a silo loss the reminder brings the session back here; the timer is re-armed for the pending lease.
        if (state.RecordExists && Pending() is { LeasedUntil: { } until })
        {
            ArmTimer(until);
        }

        return Task.CompletedTask;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != LeaseReminder)
        {
            return;
        }

        if (state.RecordExists && ExpireLapsedLease())
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

        Session.Interactions[index] = Session.Interactions[index] with
        {
            Status = InteractionStatus.TimedOut,
            CompletedAt = now,
            Feedback = $"No result came before the lease ran out at {until:O}; the command is handed out again.",
        };
        return true;
    }

    private async Task ArmLeaseAsync(Interaction interaction)
    {
        ArmTimer(interaction.LeasedUntil!.Value);
        var period = settings.LeaseDuration < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : settings.LeaseDuration;
        if (await this.GetReminder(LeaseReminder) is null)
        {
            await this.RegisterOrUpdateReminder(LeaseReminder, period, period);
        }
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
        if (state.RecordExists && ExpireLapsedLease())
        {
            await SaveAsync();
        }
    }

    /// <summary>Drops the reminder once nothing is leased (the session ended, or waits for the next get_next_command).</summary>
    private async Task DisarmLeaseIfIdleAsync()
    {
        if (Session.Status == SessionStatus.Active && Pending() is { LeasedUntil: not null })
        {
            return;
        }

        _leaseTimer?.Dispose();
        _leaseTimer = null;
        if (await this.GetReminder(LeaseReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
