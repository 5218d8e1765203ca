using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CodeMySpec.Errors;

namespace CodeMySpec.Accounts;

/// <summary>The account rules of DOMAIN.md §1: field constraints and which role grants which right.</summary>
internal static partial class AccountRules
{
    public static readonly FrozenSet<string> ReservedSlugs =
        FrozenSet.Create(StringComparer.Ordinal, "admin", "api", "www", "help", "support", "docs", "blog");

    public static ImmutableArray<FieldError> Validate(NewAccount account)
    {
        var errors = ImmutableArray.CreateBuilder<FieldError>();
        if (ValidateName(account.Name) is { } nameError)
        {
            errors.Add(nameError);
        }

        if (ValidateSlug(account.Slug) is { } slugError)
        {
            errors.Add(slugError);
        }

        if (!Enum.IsDefined(account.Type))
        {
            errors.Add(new FieldError("type", "Use 'personal' or 'team'."));
        }

        return errors.ToImmutable();
    }

    public static FieldError? ValidateName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100
            ? new FieldError("name", "Give a name of 1 to 100 characters.")
            : null;

    public static FieldError? ValidateSlug(string? slug) => slug switch
    {
        null or { Length: < 3 or > 50 } => new FieldError("slug", "Use 3 to 50 characters."),
        _ when !SlugPattern().IsMatch(slug) => new FieldError("slug", "Use only lowercase letters, digits and '-'."),
        _ when ReservedSlugs.Contains(slug) => new FieldError("slug", $"'{slug}' is reserved; choose another slug."),
        _ => null,
    };

    /// <summary>Read: any member. Manage: owner or admin. Delete: owner.</summary>
    public static bool Allows(MemberRole role, AccountPermission permission) => permission switch
    {
        AccountPermission.Read => true,
        AccountPermission.Manage => role is MemberRole.Admin or MemberRole.Owner,
        AccountPermission.Delete => role is MemberRole.Owner,
        _ => false,
    };

    /// <summary>
    /// A scope bound to one project (its token was issued for that project) may read the account, never
    /// change it: a leaked project token must not be able to hand out the account's members or delete it.
    /// </summary>
    public static bool AllowsProjectBound(AccountPermission permission) => permission == AccountPermission.Read;

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
