using System.Collections.Immutable;

namespace CodeMySpec.Accounts;

/// <summary>The accounts one person belongs to, with their personal account named apart.</summary>
/// <param name="PersonalAccountId">The person's personal account, once it exists.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Accounts.UserAccounts")]
public sealed record UserAccounts(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] Guid? PersonalAccountId,
    [property: Id(2)] ImmutableArray<UserMembership> Memberships);
