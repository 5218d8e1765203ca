using System.Globalization;
using System.Text.RegularExpressions;
using CodeMySpec.Errors;

namespace CodeMySpec.Accounts;

/// <summary>The invitation rules of DOMAIN.md §1: who may be invited, when an invitation counts, and why one is refused.</summary>
internal static partial class InvitationRules
{
    public const int MaxEmailLength = 254;

    /// <summary>Keeps one account's state (and the sweep) small; real teams never come near it.</summary>
    public const int MaxPending = 100;

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Says what is wrong with an email address, or null when it is usable.</summary>
    public static FieldError? ValidateEmail(string? email)
    {
        var address = email?.Trim() ?? "";
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var problem = address switch
        {
            "" => "Give the email address of the person to invite.",
            { Length: > MaxEmailLength } => $"Use an email address of at most {MaxEmailLength} characters.",
            _ when address.Any(char.IsWhiteSpace) => "Remove the spaces inside the email address.",
            _ when at < 0 || at != address.LastIndexOf('@') => "Use exactly one '@' between the name and the domain, e.g. ana@example.com.",
            _ when at == 0 => "Put the name before the '@', e.g. ana@example.com.",
            _ when at > 64 => "Keep the part before the '@' to 64 characters.",
            _ when !LocalPartPattern().IsMatch(address[..at]) =>
                "Before the '@' use only ASCII letters, digits and symbols such as . _ + -, with no dot at either end or two in a row.",
            _ when !DomainPattern().IsMatch(address[(at + 1)..]) =>
                "After the '@' give a domain such as example.com (an international domain in its xn-- form).",
            _ => null,
        };
        return problem is null ? null : new FieldError("email", problem);
    }

    public static bool SameEmail(string stored, string? given) =>
        given is not null && string.Equals(stored.Trim(), given.Trim(), StringComparison.OrdinalIgnoreCase);

    public static InvitationStatus StatusOf(InvitationState invitation, DateTimeOffset now) => invitation switch
    {
        { AcceptedAt: not null } => InvitationStatus.Accepted,
        { CancelledAt: not null } => InvitationStatus.Cancelled,
        _ when IsPastExpiry(invitation, now) => InvitationStatus.Expired,
        _ => InvitationStatus.Pending,
    };

    public static bool IsPending(InvitationState invitation, DateTimeOffset now) =>
        StatusOf(invitation, now) == InvitationStatus.Pending;

    /// <summary>Past its expiry an invitation is of no use in any status, so the sweep drops it.</summary>
    public static bool IsPastExpiry(InvitationState invitation, DateTimeOffset now) => now >= invitation.ExpiresAt;

    /// <summary>Why the invitation cannot be cancelled, or null when it can.</summary>
    public static DomainException? CancelRefusal(InvitationState invitation, DateTimeOffset now) => StatusOf(invitation, now) switch
    {
        InvitationStatus.Accepted => DomainException.Conflict(
            $"The invitation for {invitation.Email} was accepted on {When(invitation.AcceptedAt)}; remove the member instead."),
        InvitationStatus.Cancelled => DomainException.Conflict(
            $"The invitation for {invitation.Email} was already cancelled on {When(invitation.CancelledAt)}."),
        InvitationStatus.Expired => DomainException.Conflict(
            $"The invitation for {invitation.Email} expired on {When(invitation.ExpiresAt)}; there is nothing to cancel."),
        _ => null,
    };

    /// <summary>Why this person cannot accept the invitation, or null when they can.</summary>
    public static DomainException? AcceptRefusal(InvitationState invitation, string? email, bool alreadyMember, DateTimeOffset now) =>
        StatusOf(invitation, now) switch
        {
            InvitationStatus.Accepted => DomainException.Conflict(
                $"This invitation was already accepted on {When(invitation.AcceptedAt)}."),
            InvitationStatus.Cancelled => DomainException.Conflict(
                $"This invitation was cancelled on {When(invitation.CancelledAt)}; ask for a new one."),
            InvitationStatus.Expired => DomainException.Conflict(
                $"This invitation expired on {When(invitation.ExpiresAt)}; ask for a new one."),
            _ when !SameEmail(invitation.Email, email) => DomainException.Forbidden(
                "This invitation was sent to another email address; sign in with the address it was sent to."),
            _ when alreadyMember => DomainException.Conflict("You are already a member of this account."),
            _ => null,
        };

    private static string When(DateTimeOffset? moment) =>
        moment?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "an unknown date";

    // The dot-atom of RFC 5322, ASCII only: what mail servers accept without quoting.
    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalPartPattern();

    // At least two labels of letters, digits and inner hyphens, each up to 63 characters; the last not all digits.
    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();
}
