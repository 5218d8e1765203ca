namespace CodeMySpec.Accounts;

/// <summary>Every person has one personal account; agencies create team accounts.</summary>
public enum AccountType
{
    Personal = 0,
    Team = 1,
}
