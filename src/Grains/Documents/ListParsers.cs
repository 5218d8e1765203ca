using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CodeMySpec.Documents;

/// <summary>The bulleted sections: Delegates and Dependencies.</summary>
internal static partial class ListParsers
{
    public const string DelegatesFormat =
        """
        One bullet per delegated function: `- fun/arity: Target.Module.fun/arity`, e.g.
        - list_users/1: MyApp.Accounts.UserRepository.list_users/1
        """;

    public const string DependenciesFormat =
        """
        One bullet per module this module calls, by its full module name, e.g.
        - MyApp.Accounts
        - MyApp.Repo

        A bullet may add a reason after a colon (`- MyApp.Repo: persistence`). Write `None` if there are no dependencies.
        """;

    public static ImmutableArray<DelegateSpec> Delegates(DocumentSection section, SectionErrors errors)
    {
        var delegates = ImmutableArray.CreateBuilder<DelegateSpec>();
        foreach (var (text, line) in Bullets(section, errors, allowNone: false))
        {
            var match = Delegate().Match(text);
            if (match.Success)
            {
                delegates.Add(new DelegateSpec(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, line));
            }
            else
            {
                errors.Add(line, $"'{Shorten(text)}' is not 'fun/arity: Target.Module.fun/arity'.");
            }
        }

        return delegates.ToImmutable();
    }

    public static ImmutableArray<string> Dependencies(DocumentSection section, SectionErrors errors)
    {
        var modules = ImmutableArray.CreateBuilder<string>();
        foreach (var (text, line) in Bullets(section, errors, allowNone: true))
        {
            var match = Dependency().Match(text);
            if (match.Success)
            {
                modules.Add(match.Groups[1].Value);
            }
            else
            {
                errors.Add(line, $"'{Shorten(text)}' is not a module name such as MyApp.Accounts.");
            }
        }

        return modules.Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    private static IEnumerable<(string Text, int Line)> Bullets(DocumentSection section, SectionErrors errors, bool allowNone)
    {
        foreach (var block in section.Blocks)
        {
            if (block is ListBlock { IsOrdered: false } list)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    yield return (MarkdownReader.ItemText(item), item.Line + 1);
                }
            }
            else if (!(allowNone && block is ParagraphBlock && IsNone(MarkdownReader.Text(block))))
            {
                errors.Add(block.Line + 1, allowNone ? "write a bulleted list, or 'None'." : "write a bulleted list.");
            }
        }
    }

    private static bool IsNone(string text) => text.TrimEnd('.').Equals("none", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^([a-z_][a-zA-Z0-9_]*[?!]?/\d{1,3})\s*:\s*((?:[A-Z][a-zA-Z0-9_]*)(?:\.[A-Z][a-zA-Z0-9_]*)*)\.([a-z_][a-zA-Z0-9_]*[?!]?/\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Delegate();

    [GeneratedRegex(@"^([A-Z][a-zA-Z0-9_]*(?:\.[A-Z][a-zA-Z0-9_]*)*)(?:\s*(?::|\s-|\s—|\s–)\s*.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dependency();
}
