namespace CodeMySpec.Accounts;

/// <summary>One person's membership of an account.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Accounts.AccountMember")]
public sealed record AccountMember(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] MemberRole Role,
    [property: Id(2)] DateTimeOffset JoinedAt);
