namespace CodeMySpec.Accounts;

/// <summary>What a person supplies to create an account; they become its owner.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Accounts.NewAccount")]
public sealed record NewAccount(
    [property: Id(0)] string Name,
    [property: Id(1)] string Slug,
    [property: Id(2)] AccountType Type);
