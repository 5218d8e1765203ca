namespace CodeMySpec.Accounts;

/// <summary>One account a person belongs to, and their role in it.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Accounts.UserMembership")]
public sealed record UserMembership([property: Id(0)] Guid AccountId, [property: Id(1)] MemberRole Role);
