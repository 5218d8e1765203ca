using System.Collections.Immutable;
using System.Text;

namespace CodeMySpec.Documents;

/// <summary>
/// Renders a document type's format for prompts from <see cref="DocumentDefinitions"/> and the parsers'
/// formats: the one source the validator also reads.
/// </summary>
internal static class SpecificationRenderer
{
    public static DocumentSpecification Render(DocumentType type)
    {
        var definition = DocumentDefinitions.For(type);
        var required = definition.Required.Select(group => string.Join(" OR ", group.Select(SectionFormats.Heading))).ToImmutableArray();
        var optional = definition.Optional.Select(SectionFormats.Heading).ToImmutableArray();

        var text = new StringBuilder();
        text.AppendLine($"# Document format: {DocumentTypes.NameOf(type)}").AppendLine();
        text.AppendLine(definition.Purpose).AppendLine();
        if (definition.RequiresTitle)
        {
            text.AppendLine("Start with an H1 title that is the module's full name, alone on the first line: `# MyApp.Accounts.User`.");
        }

        text.AppendLine("Sections are H2 headings (`## Name`); text before the first H2 is ignored.").AppendLine();
        text.AppendLine("Required sections:");
        foreach (var group in definition.Required)
        {
            text.AppendLine("- " + string.Join(" OR ", group.Select(key => $"`## {SectionFormats.Heading(key)}`")));
        }

        if (!optional.IsEmpty)
        {
            text.AppendLine().AppendLine("Optional sections:");
            foreach (var key in definition.Optional)
            {
                text.AppendLine($"- `## {SectionFormats.Heading(key)}`");
            }
        }

        text.AppendLine().AppendLine(definition.AllowsOtherSections ? "Other sections are allowed." : "No other sections are allowed.");
        foreach (var key in definition.Known)
        {
            text.AppendLine().AppendLine($"## {SectionFormats.Heading(key)}").AppendLine().AppendLine(SectionFormats.Format(key).TrimEnd());
        }

        return new DocumentSpecification(type, required, optional, text.ToString());
    }
}
