using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CodeMySpec.Documents;

/// <summary>The Functions section: one <c>### name/arity</c> entry per public function.</summary>
internal static partial class FunctionsParser
{
    public const string Format =
        """
        One entry per public function, in this shape:

        ### name/arity
        One line saying what the function does.
        ```elixir
        @spec name(arg_type) :: {:ok, result} | {:error, reason}
        ```
        **Process**:
        1. A numbered step.
        2. Another step.

        **Test Assertions**:
        - A behaviour a test checks.

        The heading, the description, the type spec code block and at least one test assertion are required; the process is optional.
        """;

    public static ImmutableArray<FunctionSpec> Parse(DocumentSection section, SectionErrors errors)
    {
        var functions = ImmutableArray.CreateBuilder<FunctionSpec>();
        foreach (var (heading, blocks) in Entries.Split(section))
        {
            var line = heading.Line + 1;
            var title = MarkdownReader.Text(heading);
            var match = NameArity().Match(title);
            if (!match.Success)
            {
                errors.Add(line, $"'### {title}' is not name/arity, e.g. '### create_user/1'.");
                continue;
            }

            var entry = ReadEntry(blocks);
            var name = title;
            if (entry.Description.Length == 0)
            {
                errors.Add(line, $"{name} has no one-line description under its heading.");
            }

            if (entry.TypeSpec.Length == 0)
            {
                errors.Add(line, $"{name} has no code block with its type spec.");
            }

            if (entry.ProcessLine is { } processLine && entry.Process.IsEmpty)
            {
                errors.Add(processLine, $"{name}: follow **Process**: with a numbered list of steps.");
            }

            if (entry.TestAssertions.IsEmpty)
            {
                errors.Add(entry.AssertionsLine ?? line, $"{name}: add **Test Assertions**: followed by a bulleted list.");
            }

            functions.Add(new FunctionSpec(match.Groups[1].Value, int.Parse(match.Groups[2].Value), entry.Description,
                entry.TypeSpec, entry.Process, entry.TestAssertions, line));
        }

        if (functions.Count == 0 && !errors.HasAny)
        {
            errors.Add(section.Line, "no entries; add one '### name/arity' heading per function, or remove the section.");
        }

        return functions.ToImmutable();
    }

    private static Entry ReadEntry(ImmutableArray<Block> blocks)
    {
        var entry = new Entry();
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var label = Label(block);
            var next = i + 1 < blocks.Length ? blocks[i + 1] as ListBlock : null;
            if (label == "process")
            {
                entry.ProcessLine = block.Line + 1;
                if (next is { IsOrdered: true })
                {
                    entry.Process = Items(next);
                    i++;
                }
            }
            else if (label == "test assertions")
            {
                entry.AssertionsLine = block.Line + 1;
                if (next is { IsOrdered: false })
                {
                    entry.TestAssertions = Items(next);
                    i++;
                }
            }
            else if (block is FencedCodeBlock code && entry.TypeSpec.Length == 0)
            {
                entry.TypeSpec = MarkdownReader.Code(code);
            }
            else if (block is ParagraphBlock && entry.Description.Length == 0 && entry.TypeSpec.Length == 0)
            {
                entry.Description = MarkdownReader.Text(block);
            }
        }

        return entry;
    }

    // "**Process**:", "**Process:**" and "Process:" all name the process; text after the colon in the same
    // paragraph is not a list, and is reported as a missing list.
    private static string? Label(Block block)
    {
        if (block is not ParagraphBlock)
        {
            return null;
        }

        var text = MarkdownReader.Text(block);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? text[..colon].Trim().ToLowerInvariant() : null;
    }

    private static ImmutableArray<string> Items(ListBlock list) =>
        [.. list.OfType<ListItemBlock>().Select(MarkdownReader.ItemText).Where(text => text.Length > 0)];

    [GeneratedRegex(@"^([a-z_][a-zA-Z0-9_]*[?!]?)/(\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex NameArity();

    private sealed class Entry
    {
        public string Description { get; set; } = "";

        public string TypeSpec { get; set; } = "";

        public ImmutableArray<string> Process { get; set; } = [];

        public int? ProcessLine { get; set; }

        public ImmutableArray<string> TestAssertions { get; set; } = [];

        public int? AssertionsLine { get; set; }
    }
}
