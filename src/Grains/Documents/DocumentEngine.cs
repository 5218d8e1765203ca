using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CodeMySpec.Documents;

/// <summary>Validates a Markdown document as one document type (DOMAIN.md §6). Pure: text in, verdict out.</summary>
internal static partial class DocumentEngine
{
    public const string MissingTitle = "Missing or invalid H1 title";

    public static DocumentValidation Validate(DocumentType type, string content)
    {
        var errors = ImmutableArray.CreateBuilder<DocumentError>();
        var bytes = Encoding.UTF8.GetByteCount(content);
        if (bytes > DocumentLimits.MaxBytes)
        {
            return Refused(type, new DocumentError($"Document is too large: {bytes} bytes; the limit is {DocumentLimits.MaxBytes} bytes."));
        }

        if (Hostile(content) is { } refusal)
        {
            return Refused(type, refusal);
        }

        MarkdownDocument document;
        try
        {
            document = MarkdownReader.Parse(content);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested beyond its own limit; that is our nesting error too.
            return Refused(type, NestingError(line: null));
        }

        var (depth, deepestLine) = MarkdownReader.MaxDepth(document);
        if (depth > DocumentLimits.MaxNesting)
        {
            return Refused(type, NestingError(deepestLine));
        }

        var definition = DocumentDefinitions.For(type);
        var moduleName = Title(document, content);
        if (definition.RequiresTitle && moduleName is null)
        {
            errors.Add(new DocumentError(MissingTitle, Line: 1));
        }

        var sections = MarkdownReader.Sections(document);
        CheckSections(definition, sections, errors);
        var parsed = new ParsedSections(definition, sections, errors);
        return new DocumentValidation(type, errors.Count == 0, errors.ToImmutable(),
            definition.RequiresTitle ? moduleName : null,
            [.. sections.Select(s => s.Key)],
            parsed.Functions, parsed.Delegates, parsed.Dependencies, parsed.Fields, parsed.Components);
    }

    // Checked on the raw text (linear time), so hostile input never reaches Markdig's inline parser.
    private static DocumentError? Hostile(string content)
    {
        var (markers, line) = MarkdownReader.MaxInlineMarkers(content);
        return markers > DocumentLimits.MaxInlineMarkers
            ? new DocumentError($"A paragraph has too many '*' and '[' characters: {markers}; the limit is {DocumentLimits.MaxInlineMarkers} per paragraph.", Line: line)
            : null;
    }

    private static void CheckSections(DocumentDefinition definition, ImmutableArray<DocumentSection> sections, ImmutableArray<DocumentError>.Builder errors)
    {
        var present = sections.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var missing = definition.Required.Where(group => !group.Any(present.Contains)).Select(DocumentDefinition.Label).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new DocumentError($"Missing required sections: {string.Join(", ", missing)}"));
        }

        if (!definition.AllowsOtherSections)
        {
            var known = definition.Known.ToHashSet(StringComparer.Ordinal);
            var disallowed = sections.Select(s => s.Key).Where(key => !known.Contains(key)).Distinct().ToList();
            if (disallowed.Count > 0)
            {
                errors.Add(new DocumentError($"Disallowed sections found: {string.Join(", ", disallowed)}"));
            }
        }

        foreach (var duplicate in sections.GroupBy(s => s.Key).Where(g => g.Count() > 1).Select(g => g.Last()))
        {
            errors.Add(new DocumentError($"Duplicate section: {duplicate.Key} (line {duplicate.Line}); merge it into the first one.", duplicate.Key, duplicate.Line));
        }
    }

    // The first block must be the H1, read from the source line so the pattern is applied to exactly what was written.
    private static string? Title(MarkdownDocument document, string content)
    {
        if (document.Count == 0 || document[0] is not HeadingBlock { Level: 1 } heading)
        {
            return null;
        }

        var line = content.Substring(heading.Span.Start, heading.Span.Length).TrimEnd('\r', '\n');
        var match = TitlePattern().Match(line);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static DocumentError NestingError(int? line) =>
        new($"Document nesting is too deep: more than {DocumentLimits.MaxNesting} levels of lists or quotes.", Line: line);

    private static DocumentValidation Refused(DocumentType type, DocumentError error) =>
        new(type, false, [error], null, [], [], [], [], [], []);

    [GeneratedRegex(@"^# ([A-Z][a-zA-Z0-9_.]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();
}
