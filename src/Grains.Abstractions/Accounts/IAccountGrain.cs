using System.Collections.Immutable;
using CodeMySpec.Security;

namespace CodeMySpec.Accounts;

/// <summary>
/// One account (key: account id): its name, slug, members with roles, invitations and the index of its
/// projects. Every method takes the caller's scope and refuses a caller who is not a member with the right
/// role; a scope bound to one project may only read. Accepting an invitation is the one call made by
/// someone who is not a member yet.
/// </summary>
[Alias("CodeMySpec.Accounts.IAccountGrain")]
public interface IAccountGrain : IGrainWithGuidKey
{
    /// <summary>Creates the account with the calling person as its owner; a repeat of the same call returns the account.</summary>
    [Alias("Create")]
    Task<AccountDetails> CreateAsync(Scope scope, NewAccount account);

    /// <summary>Returns the account to any of its members.</summary>
    [Alias("Get")]
    Task<AccountDetails> GetAsync(Scope scope);

    /// <summary>Renames the account (owner or admin).</summary>
    [Alias("Rename")]
    Task<AccountDetails> RenameAsync(Scope scope, string name);

    /// <summary>Adds a person as a member with a role (owner or admin; only an owner grants ownership).</summary>
    [Alias("AddMember")]
    Task<AccountDetails> AddMemberAsync(Scope scope, Guid userId, MemberRole role);

    /// <summary>Changes a member's role; the account always keeps at least one owner.</summary>
    [Alias("ChangeMemberRole")]
    Task<AccountDetails> ChangeMemberRoleAsync(Scope scope, Guid userId, MemberRole role);

    /// <summary>Removes a member; the last owner cannot be removed.</summary>
    [Alias("RemoveMember")]
    Task<AccountDetails> RemoveMemberAsync(Scope scope, Guid userId);

    /// <summary>Returns the calling person's role if it grants the permission, and refuses otherwise.</summary>
    [Alias("Authorize")]
    Task<MemberRole> AuthorizeAsync(Scope scope, AccountPermission permission);

    /// <summary>Adds a project to the account's index (called by the project when it is created).</summary>
    [Alias("RegisterProject")]
    Task RegisterProjectAsync(Scope scope, Guid projectId);

    /// <summary>Removes a project from the account's index (called by the project when it is deleted).</summary>
    [Alias("UnregisterProject")]
    Task UnregisterProjectAsync(Scope scope, Guid projectId);

    /// <summary>Deletes the account (owner only) once it has no projects left.</summary>
    [Alias("Delete")]
    Task DeleteAsync(Scope scope);

    /// <summary>Invites an email address to join a team account with a role (owner or admin; only an owner invites an owner).</summary>
    [Alias("Invite")]
    Task<InvitationIssued> InviteAsync(Scope scope, string email, MemberRole role);

    /// <summary>Lists the invitations that are neither accepted, cancelled nor expired (owner or admin).</summary>
    [Alias("ListInvitations")]
    Task<ImmutableArray<Invitation>> ListInvitationsAsync(Scope scope);

    /// <summary>Cancels a pending invitation, so that its token no longer works (owner or admin).</summary>
    [Alias("CancelInvitation")]
    Task CancelInvitationAsync(Scope scope, Guid invitationId);

    /// <summary>Makes the signed-in person, whose email the invitation names, a member with the invited role.</summary>
    /// <param name="email">The person's verified email address, from their sign-in.</param>
    [Alias("AcceptInvitation")]
    Task<AccountDetails> AcceptInvitationAsync(Actor person, string email, string token);
}
