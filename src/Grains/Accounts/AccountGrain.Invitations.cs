using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Security;

namespace CodeMySpec.Accounts;

/// <summary>Invitations (DOMAIN.md §1): issue, list, cancel and accept; the rules live in <see cref="InvitationRules"/>.</summary>
internal sealed partial class AccountGrain
{
    public async Task<InvitationIssued> InviteAsync(Scope scope, string email, MemberRole role)
    {
        var caller = Authorize(scope, AccountPermission.Manage);
        RequireDefinedRole(role);
        if (InvitationRules.ValidateEmail(email) is { } error)
        {
            throw DomainException.Invalid([error]);
        }

        if (Account.Type == AccountType.Personal)
        {
            throw DomainException.Conflict("A personal account has only its owner; create a team account to invite people.");
        }

        RequireOwnerToTouchOwnership(caller, role);
        var now = clock.GetUtcNow();
        var address = email.Trim();
        var pending = Account.Invitations.Where(i => InvitationRules.IsPending(i, now)).ToList();
        if (pending.Any(i => InvitationRules.SameEmail(i.Email, address)))
        {
            throw DomainException.Conflict($"{address} already has a pending invitation; cancel it to send a new one.");
        }

        if (pending.Count >= InvitationRules.MaxPending)
        {
            throw DomainException.Conflict(
                $"The account has {pending.Count} pending invitations; cancel some or wait for them to expire.");
        }

        var secret = InvitationSecrets.NewSecret();
        var invitation = new InvitationState
        {
            Id = Guid.NewGuid(),
            Email = address,
            Role = role,
            SecretHash = InvitationSecrets.Hash(secret),
            InvitedBy = caller.UserId,
            InvitedAt = now,
            ExpiresAt = now + InvitationRules.Lifetime,
        };

        // Armed before the write: a reminder without invitations disarms itself at its first tick, whereas
        // invitations without a reminder would never be swept.
        await ArmExpiryReminderAsync();
        Account.Invitations.RemoveAll(i => InvitationRules.IsPastExpiry(i, now));
        Account.Invitations.Add(invitation);
        await state.WriteOrDiscardAsync(this);
        return new InvitationIssued(ToInvitation(invitation), InvitationToken.Format(Id, secret));
    }

    public Task<ImmutableArray<Invitation>> ListInvitationsAsync(Scope scope)
    {
        Authorize(scope, AccountPermission.Manage);
        var now = clock.GetUtcNow();
        return Task.FromResult(Account.Invitations
            .Where(i => InvitationRules.IsPending(i, now))
            .Select(ToInvitation)
            .ToImmutableArray());
    }

    public async Task CancelInvitationAsync(Scope scope, Guid invitationId)
    {
        var caller = Authorize(scope, AccountPermission.Manage);
        var invitation = Account.Invitations.Find(i => i.Id == invitationId)
            ?? throw DomainException.NotFound($"Invitation {invitationId} does not exist in this account.");
        var now = clock.GetUtcNow();
        if (InvitationRules.CancelRefusal(invitation, now) is { } refusal)
        {
            throw refusal;
        }

        invitation.CancelledAt = now;
        invitation.CancelledBy = caller.UserId;
        await state.WriteOrDiscardAsync(this);
    }

    public async Task<AccountDetails> AcceptInvitationAsync(Actor person, string email, string token)
    {
        if (person.Kind != ActorKind.Person)
        {
            throw DomainException.Forbidden("Only a signed-in person can accept an invitation.");
        }

        var userId = person.PersonId;

        // Unknown, malformed and other-account tokens get one answer, so a guesser learns nothing.
        var invitation = FindInvitation(token)
            ?? throw DomainException.NotFound("This invitation does not exist; check the link or ask for a new invitation.");
        var now = clock.GetUtcNow();
        if (InvitationRules.AcceptRefusal(invitation, email, FindMember(userId) is not null, now) is { } refusal)
        {
            throw refusal;
        }

        invitation.AcceptedAt = now;
        invitation.AcceptedBy = userId;
        Account.Members.Add(new AccountMember(userId, invitation.Role, now));
        var details = await SaveAsync();
        await SyncDirectoriesAsync([userId]);
        return details;
    }

    private InvitationState? FindInvitation(string? token)
    {
        if (!state.RecordExists || !InvitationToken.TryParse(token, out var accountId, out var secret) || accountId != Id)
        {
            return null;
        }

        var hash = InvitationSecrets.Hash(secret);
        return Account.Invitations.Find(i => InvitationSecrets.Matches(i.SecretHash, hash));
    }

    private Invitation ToInvitation(InvitationState invitation) => new(
        invitation.Id, Id, invitation.Email, invitation.Role, invitation.InvitedBy, invitation.InvitedAt, invitation.ExpiresAt);
}
