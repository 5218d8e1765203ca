using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CodeMySpec.Documents;

/// <summary>Markdig plumbing: parsing, section splitting, nesting depth and plain text of inlines.</summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static MarkdownDocument Parse(string content) => Markdown.Parse(content, Pipeline);

    /// <summary>
    /// The blank-line-separated chunk (outside code fences) with the most emphasis and link openers (<c>*</c>,
    /// <c>[</c>), and its first line. Markdig's inline parser slows down sharply on long runs of them in one
    /// paragraph, which no real document has, so this runs on the raw text before Markdig sees it.
    /// </summary>
    public static (int Markers, int Line) MaxInlineMarkers(string content)
    {
        var most = (Markers: 0, Line: 0);
        var (markers, start, inFence) = (0, 1, false);
        var lineNumber = 0;
        foreach (var line in content.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                inFence = !inFence;
            }

            if (inFence || trimmed.IsEmpty)
            {
                (markers, start) = (0, lineNumber + 1);
                continue;
            }

            markers += line.Count('*') + line.Count('[');
            if (markers > most.Markers)
            {
                most = (markers, start);
            }
        }

        return most;
    }

    /// <summary>Splits the top-level blocks at H2 headings; blocks before the first H2 are dropped.</summary>
    public static ImmutableArray<DocumentSection> Sections(MarkdownDocument document)
    {
        var sections = ImmutableArray.CreateBuilder<DocumentSection>();
        string? key = null;
        var line = 0;
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                if (key is not null)
                {
                    sections.Add(new DocumentSection(key, line, blocks.ToImmutable()));
                }

                key = Text(heading.Inline).Trim().ToLowerInvariant();
                line = heading.Line + 1;
                blocks.Clear();
            }
            else if (key is not null)
            {
                blocks.Add(block);
            }
        }

        if (key is not null)
        {
            sections.Add(new DocumentSection(key, line, blocks.ToImmutable()));
        }

        return sections.ToImmutable();
    }

    /// <summary>The deepest block nesting and where it is; walked with an explicit stack, never recursion.</summary>
    public static (int Depth, int Line) MaxDepth(MarkdownDocument document)
    {
        var deepest = (Depth: 0, Line: 0);
        var pending = new Stack<(Block Block, int Depth)>();
        foreach (var block in document)
        {
            pending.Push((block, 1));
        }

        while (pending.Count > 0)
        {
            var (block, depth) = pending.Pop();
            if (depth > deepest.Depth)
            {
                deepest = (depth, block.Line + 1);
            }

            if (block is ContainerBlock container)
            {
                foreach (var child in container)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }

        return deepest;
    }

    /// <summary>The plain text of inlines: literals and code spans, emphasis markers dropped.</summary>
    public static string Text(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        var pending = new Stack<Inline>();
        pending.Push(inline);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline container:
                    // Children pushed last-first so they pop in document order.
                    foreach (var child in container.Reverse())
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The text of a leaf block (paragraph, heading); empty for other blocks.</summary>
    public static string Text(Block block) => block is LeafBlock leaf ? Text(leaf.Inline).Trim() : "";

    /// <summary>The text of a list item: its paragraphs joined by spaces.</summary>
    public static string ItemText(ListItemBlock item) =>
        string.Join(' ', item.OfType<ParagraphBlock>().Select(Text)).Trim();

    /// <summary>The verbatim lines of a code block.</summary>
    public static string Code(CodeBlock code) => code.Lines.ToString().Trim();
}
