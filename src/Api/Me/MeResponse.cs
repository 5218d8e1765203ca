using CodeMySpec.Accounts;

namespace CodeMySpec.Api.Me;

/// <summary>Who the caller is, as the service sees them.</summary>
/// <param name="Kind">"person" or "agent".</param>
/// <param name="Id">The user id of a person, the client id of an agent.</param>
/// <param name="Token">For token callers: the account, project and scopes the token carries.</param>
/// <param name="Accounts">For people: every account they belong to, with their role.</param>
public sealed record MeResponse(string Kind, string Id, string? Email, Guid? PersonalAccountId, IReadOnlyList<UserMembership> Accounts, TokenInfo? Token);

/// <summary>What a bearer token is bound to.</summary>
public sealed record TokenInfo(Guid AccountId, Guid ProjectId, IReadOnlyList<string> Scopes);
