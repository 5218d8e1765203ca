using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Accounts;

public sealed partial class AccountGrainTests
{
    [Fact]
    public async Task ExpiryReminder_EightDaysAfterAnInvitation_DropsItAndUnregistersItself()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        await scenario.InviteAsync();
        Assert.True(await ReminderRows.ExistsAsync(fixture.Database, scenario.Account, AccountGrain.ExpiryReminder));
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(8));

        await FireExpiryReminderAsync(scenario.Account);

        Assert.Empty(await scenario.Account.ListInvitationsAsync(scenario.Owner));
        var row = (await GrainStateRows.ReadAsync(fixture.Database, "account", scenario.AccountId))!.Value;
        Assert.Equal(0, row.GetProperty("invitations").GetArrayLength());
        Assert.False(await ReminderRows.ExistsAsync(fixture.Database, scenario.Account, AccountGrain.ExpiryReminder));
    }

    [Fact]
    public async Task ExpiryReminder_FiredAgain_ChangesNothing()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        await scenario.InviteAsync();
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(8));
        await FireExpiryReminderAsync(scenario.Account);
        var version = await GrainStateRows.VersionAsync(fixture.Database, "account", scenario.AccountId);

        await FireExpiryReminderAsync(scenario.Account);

        Assert.Equal(version, await GrainStateRows.VersionAsync(fixture.Database, "account", scenario.AccountId));
        Assert.False(await ReminderRows.ExistsAsync(fixture.Database, scenario.Account, AccountGrain.ExpiryReminder));
    }

    [Fact]
    public async Task ExpiryReminder_WithAnInvitationStillPending_KeepsItAndStaysRegistered()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var old = await scenario.InviteAsync();
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(4));
        var recent = await scenario.InviteAsync();
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(4));

        await FireExpiryReminderAsync(scenario.Account);

        Assert.Equal([recent.Invitation], (await scenario.Account.ListInvitationsAsync(scenario.Owner)).AsEnumerable());
        var stored = (await GrainStateRows.ReadAsync(fixture.Database, "account", scenario.AccountId))!.Value.GetProperty("invitations");
        Assert.Equal([recent.Invitation.Id], stored.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.True(await ReminderRows.ExistsAsync(fixture.Database, scenario.Account, AccountGrain.ExpiryReminder));
        var swept = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), old.Invitation.Email, old.Token));
        Assert.Equal(DomainErrorKind.NotFound, swept.Kind);
    }

    [Fact]
    public async Task Delete_WithAPendingInvitation_UnregistersTheExpiryReminder()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        await scenario.InviteAsync();

        await scenario.Account.DeleteAsync(scenario.Owner);

        Assert.False(await ReminderRows.ExistsAsync(fixture.Database, scenario.Account, AccountGrain.ExpiryReminder));
    }

    /// <summary>Delivers a tick the way the reminder service does, without waiting for the real period.</summary>
    private static Task FireExpiryReminderAsync(IAccountGrain account) =>
        account.AsReference<IRemindable>().ReceiveReminder(
            AccountGrain.ExpiryReminder, new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow));
}
