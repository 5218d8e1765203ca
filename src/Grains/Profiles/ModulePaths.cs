using System.Text;
using System.Text.RegularExpressions;
using CodeMySpec.Errors;

namespace CodeMySpec.Profiles;

/// <summary>Module names to repository paths, the way Elixir's <c>Macro.underscore</c> does it.</summary>
internal static partial class ModulePaths
{
    /// <summary>Dot-separated segments that each start with a capital letter: what an Elixir module name is.</summary>
    public static bool IsModuleName(string? moduleName) => !string.IsNullOrEmpty(moduleName) && ModuleName().IsMatch(moduleName);

    /// <summary><c>MyApp.Accounts.User</c> → <c>my_app/accounts/user</c>; <c>MyApp.HTTPClient</c> → <c>my_app/http_client</c>.</summary>
    public static string Underscore(string moduleName)
    {
        if (!IsModuleName(moduleName))
        {
            throw DomainException.Invalid("module_name",
                $"'{moduleName}' is not a module name; use dot-separated segments that each start with a capital letter, e.g. MyApp.Accounts.User.");
        }

        return string.Join('/', moduleName.Split('.').Select(UnderscoreSegment));
    }

    private static string UnderscoreSegment(string segment)
    {
        var result = new StringBuilder(segment.Length + 4);
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (char.IsAsciiLetterUpper(c) && i > 0 && StartsWord(segment, i))
            {
                result.Append('_');
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    // A capital starts a new word after a lowercase letter or digit ("MyApp", "Shop2Go"), or when it ends an
    // acronym and begins a word ("HTTPClient": the C, not the T).
    private static bool StartsWord(string segment, int i)
    {
        var previous = segment[i - 1];
        if (char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous))
        {
            return true;
        }

        return char.IsAsciiLetterUpper(previous) && i + 1 < segment.Length && char.IsAsciiLetterLower(segment[i + 1]);
    }

    [GeneratedRegex(@"^[A-Z][a-zA-Z0-9_]*(\.[A-Z][a-zA-Z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleName();
}
