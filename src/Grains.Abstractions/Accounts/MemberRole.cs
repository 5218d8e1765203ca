namespace CodeMySpec.Accounts;

/// <summary>A member's role in an account; higher values hold more rights.</summary>
public enum MemberRole
{
    Member = 0,
    Admin = 1,
    Owner = 2,
}
