using CodeMySpec.Accounts;

namespace CodeMySpec.Api.Accounts;

/// <summary>Body of POST /api/accounts: a team account.</summary>
public sealed record CreateAccountRequest(string Name, string Slug);

/// <summary>Body of PATCH /api/accounts/{accountId}.</summary>
public sealed record RenameAccountRequest(string Name);

/// <summary>Body of POST /api/accounts/{accountId}/members: an existing person, by email.</summary>
public sealed record AddMemberRequest(string Email, MemberRole Role);

/// <summary>Body of PUT /api/accounts/{accountId}/members/{userId}.</summary>
public sealed record ChangeRoleRequest(MemberRole Role);

/// <summary>Body of POST /api/accounts/{accountId}/invitations.</summary>
public sealed record InviteRequest(string Email, MemberRole Role);

/// <summary>Body of POST /api/invitations/accept.</summary>
public sealed record AcceptInvitationRequest(string Token);

/// <summary>A new invitation with its token, shown this once; send it to the invited person.</summary>
public sealed record InvitationCreated(Invitation Invitation, string Token, string AcceptUrl);
