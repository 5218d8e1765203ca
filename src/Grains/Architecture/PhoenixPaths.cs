using System.Text;

namespace CodeMySpec.Architecture;

/// <summary>The phoenix profile's 1:1:1 paths (DOMAIN.md §4): MyApp.Accounts.User → my_app/accounts/user.</summary>
internal static class PhoenixPaths
{
    public static ComponentPaths For(Guid componentId, string moduleName)
    {
        var path = Underscore(moduleName);
        return new(componentId, moduleName, $"docs/spec/{path}.spec.md", $"lib/{path}.ex", $"test/{path}_test.exs");
    }

    /// <summary>Elixir's Macro.underscore: word boundaries before an upper-case letter, dots become slashes.</summary>
    public static string Underscore(string moduleName)
    {
        var result = new StringBuilder(moduleName.Length + 8);
        for (var i = 0; i < moduleName.Length; i++)
        {
            var c = moduleName[i];
            if (c == '.')
            {
                result.Append('/');
                continue;
            }

            if (char.IsUpper(c) && i > 0 && moduleName[i - 1] != '.')
            {
                var previous = moduleName[i - 1];
                var nextIsLower = i + 1 < moduleName.Length && char.IsLower(moduleName[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    result.Append('_');
                }
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
