using System.Collections.Immutable;

namespace CodeMySpec.Accounts;

/// <summary>An account as its members see it.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Accounts.AccountDetails")]
public sealed record AccountDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Slug,
    [property: Id(3)] AccountType Type,
    [property: Id(4)] ImmutableArray<AccountMember> Members,
    [property: Id(5)] ImmutableArray<Guid> ProjectIds,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset UpdatedAt);
