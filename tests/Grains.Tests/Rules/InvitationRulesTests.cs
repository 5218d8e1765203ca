using CodeMySpec.Accounts;
using CodeMySpec.Errors;

namespace CodeMySpec.Grains.Tests.Rules;

public sealed class InvitationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("ana@example.com")]
    [InlineData("  ana.smith+shop@mail.example.co.uk ")]
    [InlineData("o'brien@example.com")]
    [InlineData("ana@xn--80ak6aa92e.com")]
    public void ValidateEmail_AcceptsOrdinaryAddresses(string email) =>
        Assert.Null(InvitationRules.ValidateEmail(email));

    [Theory]
    [InlineData(null, "Give the email address")]
    [InlineData("   ", "Give the email address")]
    [InlineData("ana", "exactly one '@'")]
    [InlineData("ana@", "After the '@' give a domain")]
    [InlineData("ana@example", "After the '@' give a domain")]
    [InlineData("ana@-example.com", "After the '@' give a domain")]
    [InlineData("ana@example.123", "After the '@' give a domain")]
    [InlineData(".ana@example.com", "no dot at either end")]
    [InlineData("ana(x)@example.com", "only ASCII letters, digits and symbols")]
    [InlineData("ána@example.com", "only ASCII letters, digits and symbols")]
    [InlineData("ana\t@example.com", "Remove the spaces")]
    public void ValidateEmail_SaysWhatIsWrong(string? email, string hint)
    {
        var error = InvitationRules.ValidateEmail(email);

        Assert.NotNull(error);
        Assert.Equal("email", error.Field);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateEmail_WithAPartBeforeTheAtLongerThan64_IsRefused() =>
        Assert.Contains("64 characters", InvitationRules.ValidateEmail(new string('a', 65) + "@example.com")!.Message, StringComparison.Ordinal);

    [Fact]
    public void ValidateEmail_LongerThan254_IsRefused() =>
        Assert.Contains("254", InvitationRules.ValidateEmail("ana@" + new string('a', 250) + ".com")!.Message, StringComparison.Ordinal);

    [Fact]
    public void StatusOf_FollowsAcceptanceCancellationAndTheExpiryInstant()
    {
        var invitation = Pending();

        Assert.Equal(InvitationStatus.Pending, InvitationRules.StatusOf(invitation, invitation.ExpiresAt.AddTicks(-1)));
        Assert.Equal(InvitationStatus.Expired, InvitationRules.StatusOf(invitation, invitation.ExpiresAt));
        Assert.Equal(InvitationStatus.Accepted, InvitationRules.StatusOf(Pending(acceptedAt: Now), Now));
        Assert.Equal(InvitationStatus.Cancelled, InvitationRules.StatusOf(Pending(cancelledAt: Now), Now));
    }

    [Fact]
    public void AcceptRefusal_ForThePendingInvitationOfThatEmail_IsNone() =>
        Assert.Null(InvitationRules.AcceptRefusal(Pending(), " ANA@example.com", alreadyMember: false, Now));

    [Fact]
    public void AcceptRefusal_ForAnotherEmail_IsForbidden() =>
        Assert.Equal(DomainErrorKind.Forbidden, InvitationRules.AcceptRefusal(Pending(), "bob@example.com", false, Now)?.Kind);

    [Fact]
    public void AcceptRefusal_ByAMember_IsAConflict() =>
        Assert.Equal(DomainErrorKind.Conflict, InvitationRules.AcceptRefusal(Pending(), "ana@example.com", true, Now)?.Kind);

    [Fact]
    public void AcceptRefusal_WhenExpired_SaysWhenAndWhatToDo()
    {
        var invitation = Pending();

        var refusal = InvitationRules.AcceptRefusal(invitation, "ana@example.com", false, invitation.ExpiresAt.AddDays(1));

        Assert.Equal(DomainErrorKind.Conflict, refusal?.Kind);
        Assert.Equal("This invitation expired on 2026-03-08 12:00 UTC; ask for a new one.", refusal?.Message);
    }

    [Fact]
    public void AcceptRefusal_OfAnAnsweredInvitation_SaysHowItWasAnsweredBeforeCheckingTheEmail()
    {
        var accepted = InvitationRules.AcceptRefusal(Pending(acceptedAt: Now), "bob@example.com", false, Now);
        var cancelled = InvitationRules.AcceptRefusal(Pending(cancelledAt: Now), "bob@example.com", false, Now);

        Assert.Equal("This invitation was already accepted on 2026-03-01 12:00 UTC.", accepted?.Message);
        Assert.Equal("This invitation was cancelled on 2026-03-01 12:00 UTC; ask for a new one.", cancelled?.Message);
    }

    [Fact]
    public void CancelRefusal_OfAPendingInvitation_IsNoneAndOfAnExpiredOneIsAConflict()
    {
        var invitation = Pending();

        Assert.Null(InvitationRules.CancelRefusal(invitation, Now));
        Assert.Contains("expired on", InvitationRules.CancelRefusal(invitation, invitation.ExpiresAt)!.Message, StringComparison.Ordinal);
    }

    private static InvitationState Pending(DateTimeOffset? acceptedAt = null, DateTimeOffset? cancelledAt = null) => new()
    {
        Id = Guid.NewGuid(),
        Email = "ana@example.com",
        Role = MemberRole.Member,
        InvitedAt = Now,
        ExpiresAt = Now + InvitationRules.Lifetime,
        AcceptedAt = acceptedAt,
        CancelledAt = cancelledAt,
    };
}
