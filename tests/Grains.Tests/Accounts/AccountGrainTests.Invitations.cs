using System.Security.Cryptography;
using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Accounts;

public sealed partial class AccountGrainTests
{
    [Fact]
    public async Task Invite_ByTheOwner_ReturnsTheTokenOnceAndStoresOnlyTheHashOfItsSecret()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var now = ClusterFixture.Clock.GetUtcNow();

        var issued = await scenario.Account.InviteAsync(scenario.Owner, "  Ana@Example.com ", MemberRole.Admin);

        Assert.Equal(("Ana@Example.com", MemberRole.Admin, scenario.OwnerId), (issued.Invitation.Email, issued.Invitation.Role, issued.Invitation.InvitedBy));
        Assert.Equal((now, now.AddDays(7)), (issued.Invitation.InvitedAt, issued.Invitation.ExpiresAt));
        Assert.True(InvitationToken.TryParse(issued.Token, out var accountId, out var secret));
        Assert.Equal(scenario.AccountId, accountId);
        Assert.Equal([issued.Invitation], (await scenario.Account.ListInvitationsAsync(scenario.Owner)).AsEnumerable());

        var row = (await GrainStateRows.ReadAsync(fixture.Database, "account", scenario.AccountId))!.Value;
        var stored = row.GetProperty("invitations")[0];
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(secret)), stored.GetProperty("secret_hash").GetString());
        Assert.Equal("admin", stored.GetProperty("role").GetString());
        Assert.Equal(scenario.OwnerId, stored.GetProperty("invited_by").GetGuid());
        Assert.DoesNotContain(issued.Token.Split('.')[1], row.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("CodeMySpec", row.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_AsOwnerByAnAdmin_IsForbiddenAndIssuesNothing()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var adminId = await scenario.AddAsync(MemberRole.Admin);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.InviteAsync(scenario.Person(adminId), AccountScenario.NewEmail(), MemberRole.Owner));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        Assert.Empty(await scenario.Account.ListInvitationsAsync(scenario.Owner));
    }

    [Fact]
    public async Task Invite_AsOwnerByAnOwner_IsIssued()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var issued = await scenario.InviteAsync(MemberRole.Owner);

        Assert.Equal(MemberRole.Owner, issued.Invitation.Role);
    }

    [Fact]
    public async Task Invite_ByAPlainMember_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.InviteAsync(scenario.Person(memberId), AccountScenario.NewEmail(), MemberRole.Member));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Invite_ToAPersonalAccount_IsAConflict()
    {
        var scenario = await AccountScenario.CreateAsync(Grains, AccountType.Personal);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.InviteAsync());

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("team account", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Give the email address")]
    [InlineData("ana.example.com", "exactly one '@'")]
    [InlineData("ana@bob@example.com", "exactly one '@'")]
    [InlineData("ana smith@example.com", "Remove the spaces")]
    [InlineData("@example.com", "before the '@'")]
    [InlineData("ana..smith@example.com", "no dot at either end or two in a row")]
    [InlineData("ana@localhost", "After the '@' give a domain")]
    public async Task Invite_WithAMalformedEmail_SaysWhatIsWrongAndIssuesNothing(string email, string hint)
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.InviteAsync(scenario.Owner, email, MemberRole.Member));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        var field = Assert.Single(error.Errors);
        Assert.Equal("email", field.Field);
        Assert.Contains(hint, field.Message, StringComparison.Ordinal);
        Assert.Empty(await scenario.Account.ListInvitationsAsync(scenario.Owner));
    }

    [Fact]
    public async Task Invite_AnEmailThatHasAPendingInvitation_IsAConflictWhateverItsCase()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        await scenario.Account.InviteAsync(scenario.Owner, "ana@example.com", MemberRole.Member);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.InviteAsync(scenario.Owner, "ANA@example.com", MemberRole.Admin));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("already has a pending invitation", error.Message, StringComparison.Ordinal);
        Assert.Single(await scenario.Account.ListInvitationsAsync(scenario.Owner));
    }

    [Fact]
    public async Task Invite_AnEmailWhoseInvitationWasCancelled_IssuesANewOne()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var first = await scenario.Account.InviteAsync(scenario.Owner, "ana@example.com", MemberRole.Member);
        await scenario.Account.CancelInvitationAsync(scenario.Owner, first.Invitation.Id);

        var second = await scenario.Account.InviteAsync(scenario.Owner, "ana@example.com", MemberRole.Member);

        Assert.Equal([second.Invitation.Id], (await scenario.Account.ListInvitationsAsync(scenario.Owner)).Select(i => i.Id));
    }

    [Fact]
    public async Task ListInvitations_ByAPlainMember_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);
        await scenario.InviteAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.ListInvitationsAsync(scenario.Person(memberId)));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task CancelInvitation_ByAnAdmin_DropsItFromTheListAndVoidsItsToken()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var adminId = await scenario.AddAsync(MemberRole.Admin);
        var issued = await scenario.InviteAsync();

        await scenario.Account.CancelInvitationAsync(scenario.Person(adminId), issued.Invitation.Id);

        Assert.Empty(await scenario.Account.ListInvitationsAsync(scenario.Owner));
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), issued.Invitation.Email, issued.Token));
        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("was cancelled on", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelInvitation_Twice_IsAConflictThatSaysItIsAlreadyCancelled()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.InviteAsync();
        await scenario.Account.CancelInvitationAsync(scenario.Owner, issued.Invitation.Id);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.CancelInvitationAsync(scenario.Owner, issued.Invitation.Id));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("already cancelled on", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelInvitation_ThatWasAccepted_IsAConflict()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var issued = await scenario.InviteAsync();
        await scenario.Account.AcceptInvitationAsync(Actor.Person(Guid.NewGuid()), issued.Invitation.Email, issued.Token);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.CancelInvitationAsync(scenario.Owner, issued.Invitation.Id));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("was accepted on", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelInvitation_OfAnUnknownId_IsNotFound()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.CancelInvitationAsync(scenario.Owner, Guid.NewGuid()));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }
}
