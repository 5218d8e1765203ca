using CodeMySpec.Persistence;

namespace CodeMySpec.Accounts;

/// <summary>
/// The sweep that drops expired invitations. A reminder (not a timer) because it must survive the loss
/// of the silo that holds the activation; it is armed while invitations are pending and disarms itself.
/// </summary>
internal sealed partial class AccountGrain : IRemindable
{
    public const string ExpiryReminder = "invitation-expiry";

    private bool _expiryReminderArmed;

    /// <summary>Idempotent: a repeated or late tick finds nothing left to drop and writes nothing.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ExpiryReminder)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (state.RecordExists && Account.Invitations.RemoveAll(i => InvitationRules.IsPastExpiry(i, now)) > 0)
        {
            await state.WriteOrDiscardAsync(this);
        }

        if (!state.RecordExists || !Account.Invitations.Any(i => InvitationRules.IsPending(i, now)))
        {
            await DisarmExpiryReminderAsync();
        }
    }

    private async Task ArmExpiryReminderAsync()
    {
        // Registering again would push the next tick out by a whole period, so only register when missing.
        if (!_expiryReminderArmed && await this.GetReminder(ExpiryReminder) is null)
        {
            var period = invitationSettings.ExpirySweepPeriod;
            await this.RegisterOrUpdateReminder(ExpiryReminder, period, period);
        }

        _expiryReminderArmed = true;
    }

    private async Task DisarmExpiryReminderAsync()
    {
        if (await this.GetReminder(ExpiryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _expiryReminderArmed = false;
    }
}
