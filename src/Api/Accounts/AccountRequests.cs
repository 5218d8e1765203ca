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
