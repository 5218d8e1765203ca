using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CodeMySpec.Documents;

/// <summary>The Components section of a context spec: one <c>### Module.Name</c> and a paragraph per child.</summary>
internal static partial class ComponentsParser
{
    public const string Format =
        """
        One entry per component the context owns:

        ### MyApp.Accounts.User
        A paragraph saying what the component is responsible for.
        """;

    public static ImmutableArray<ComponentSpec> Parse(DocumentSection section, SectionErrors errors)
    {
        var components = ImmutableArray.CreateBuilder<ComponentSpec>();
        foreach (var (heading, blocks) in Entries.Split(section))
        {
            var line = heading.Line + 1;
            var title = MarkdownReader.Text(heading);
            if (!ModuleName().IsMatch(title))
            {
                errors.Add(line, $"'### {title}' is not a module name such as MyApp.Accounts.User.");
                continue;
            }

            var description = blocks.OfType<ParagraphBlock>().Select(MarkdownReader.Text).FirstOrDefault(text => text.Length > 0) ?? "";
            if (description.Length == 0)
            {
                errors.Add(line, $"{title} has no paragraph describing it.");
            }

            components.Add(new ComponentSpec(title, description, line));
        }

        if (components.Count == 0 && !errors.HasAny)
        {
            errors.Add(section.Line, "no entries; add one '### Module.Name' heading per component.");
        }

        return components.ToImmutable();
    }

    [GeneratedRegex(@"^[A-Z][a-zA-Z0-9_]*(\.[A-Z][a-zA-Z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleName();
}
