using System.Text;

namespace CodeMySpec.Prompts;

/// <summary>
/// Renders people's text into a prompt safely and in bounded size: one line per value (so a description cannot
/// open a heading of its own), clipped at a length, and lists that stop at a count or a character budget with a
/// line saying how many more there are.
/// </summary>
internal static class PromptMarkdown
{
    /// <summary>The text on one line with runs of whitespace collapsed, clipped to <paramref name="max"/> characters.</summary>
    public static string OneLine(string? text, int max)
    {
        var line = new StringBuilder();
        var space = false;
        foreach (var c in text ?? "")
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return Clip(line.ToString(), max);
    }

    /// <summary>The text, or its first characters and "…" when it is longer than <paramref name="max"/>.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>"1 story", "3 stories".</summary>
    public static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    /// <summary>A module name or other identifier as inline code (backticks in it are dropped).</summary>
    public static string Code(string text) => "`" + text.Replace("`", "", StringComparison.Ordinal) + "`";

    /// <summary>
    /// Appends rendered items until <paramref name="maxItems"/> or <paramref name="maxChars"/> is reached, then one
    /// line "…N more &lt;noun&gt;" with the hint. Returns how many items it appended.
    /// </summary>
    public static int AppendBounded<T>(StringBuilder text, IReadOnlyList<T> items, Func<T, string> render,
        int maxItems, int maxChars, string noun, string hint)
    {
        var used = 0;
        var shown = 0;
        foreach (var item in items)
        {
            if (shown == maxItems)
            {
                break;
            }

            var rendered = render(item);
            if (shown > 0 && used + rendered.Length > maxChars)
            {
                break;
            }

            text.Append(rendered);
            used += rendered.Length;
            shown++;
        }

        if (shown < items.Count)
        {
            text.Append("- …").Append(items.Count - shown).Append(" more ").Append(noun).Append(" not shown; ").Append(hint).Append('\n');
        }

        return shown;
    }
}
