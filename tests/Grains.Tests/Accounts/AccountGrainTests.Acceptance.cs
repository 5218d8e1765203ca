using System.Globalization;
using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Accounts;

public sealed partial class AccountGrainTests
{
    [Fact]
    public async Task AcceptInvitation_ByTheInvitedPerson_MakesThemAMemberWithTheRoleAndListsTheAccount()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.Account.InviteAsync(scenario.Owner, "ana@example.com", MemberRole.Admin);
        var ana = Guid.NewGuid();

        var account = await scenario.Account.AcceptInvitationAsync(Actor.Person(ana), "Ana@EXAMPLE.com", issued.Token);

        Assert.Contains(account.Members, m => m.UserId == ana && m.Role == MemberRole.Admin);
        Assert.Equal(MemberRole.Admin, await scenario.Account.AuthorizeAsync(scenario.Person(ana), AccountPermission.Manage));
        Assert.Empty(await scenario.Account.ListInvitationsAsync(scenario.Owner));
        Assert.Equal([new UserMembership(scenario.AccountId, MemberRole.Admin)],
            (await scenario.Directory(ana).GetAsync(Actor.Person(ana))).Memberships.AsEnumerable());
        var stored = (await GrainStateRows.ReadAsync(fixture.Database, "account", scenario.AccountId))!.Value.GetProperty("invitations")[0];
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), stored.GetProperty("accepted_at").GetDateTimeOffset());
        Assert.Equal(ana, stored.GetProperty("accepted_by").GetGuid());
    }

    [Fact]
    public async Task AcceptInvitation_AfterTheAccountWasReloadedFromPostgres_StillKnowsTheToken()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.InviteAsync();
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var account = await scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), issued.Invitation.Email, issued.Token);

        Assert.Equal(2, account.Members.Length);
    }

    [Fact]
    public async Task AcceptInvitation_Twice_IsAConflictThatSaysItWasAccepted()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.InviteAsync();
        await scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), issued.Invitation.Email, issued.Token);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), issued.Invitation.Email, issued.Token));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("already accepted on", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await scenario.Account.GetAsync(scenario.Owner)).Members.Length);
    }

    [Fact]
    public async Task AcceptInvitation_WithAnotherEmail_IsForbiddenAndChangesNothing()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.InviteAsync();
        var version = await GrainStateRows.VersionAsync(fixture.Database, "account", scenario.AccountId);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), "mallory@example.com", issued.Token));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        Assert.Contains("another email address", error.Message, StringComparison.Ordinal);
        Assert.Single((await scenario.Account.GetAsync(scenario.Owner)).Members);
        Assert.Single(await scenario.Account.ListInvitationsAsync(scenario.Owner));
        Assert.Equal(version, await GrainStateRows.VersionAsync(fixture.Database, "account", scenario.AccountId));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    [InlineData("other-account")]
    [InlineData("tampered-secret")]
    public async Task AcceptInvitation_WithAnUnknownOrMalformedToken_IsNotFound(string kind)
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.InviteAsync();
        var token = kind switch
        {
            "other-account" => (await (await AccountScenario.CreateAsync(Grains)).InviteAsync()).Token,
            "tampered-secret" => InvitationToken.Format(scenario.AccountId, new byte[InvitationToken.SecretLength]),
            _ => kind,
        };

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), issued.Invitation.Email, token));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
        Assert.Single(await scenario.Account.ListInvitationsAsync(scenario.Owner));
    }

    [Fact]
    public async Task AcceptInvitation_BySomeoneAlreadyAMember_IsAConflictAndLeavesTheInvitationPending()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);
        var issued = await scenario.InviteAsync(MemberRole.Admin);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AcceptInvitationAsync(Actor.Person(memberId), issued.Invitation.Email, issued.Token));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("already a member", error.Message, StringComparison.Ordinal);
        Assert.Equal(MemberRole.Member, await scenario.Account.AuthorizeAsync(scenario.Person(memberId), AccountPermission.Read));
        Assert.Single(await scenario.Account.ListInvitationsAsync(scenario.Owner));
    }

    [Fact]
    public async Task AcceptInvitation_ByAnAgentClient_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.InviteAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AcceptInvitationAsync(Actor.Agent("agent-1"), issued.Invitation.Email, issued.Token));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task AcceptInvitation_AfterItExpired_IsAConflictThatSaysWhenAndAddsNoMember()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.InviteAsync();
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(7));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), issued.Invitation.Email, issued.Token));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        var expiredOn = issued.Invitation.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.Contains($"expired on {expiredOn} UTC; ask for a new one", error.Message, StringComparison.Ordinal);
        Assert.Single((await scenario.Account.GetAsync(scenario.Owner)).Members);
    }
}
