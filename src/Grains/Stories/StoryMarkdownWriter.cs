using System.Text;

namespace CodeMySpec.Stories;

/// <summary>Writes stories as <c>user_stories.md</c>; <see cref="StoryMarkdownReader"/> reads back exactly what this writes.</summary>
internal static class StoryMarkdownWriter
{
    public static string Write(string? heading, IEnumerable<StoryDraft> stories)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(heading))
        {
            text.Append("# ").Append(heading.Trim()).Append("\n\n");
        }

        var first = true;
        foreach (var story in stories)
        {
            if (!first)
            {
                text.Append('\n');
            }

            first = false;
            text.Append("## ").Append(story.Title).Append('\n');
            foreach (var line in story.Description.Split('\n'))
            {
                text.Append(StoryMarkdownFormat.NeedsEscape(line) ? "\\" : "").Append(line).Append('\n');
            }

            text.Append('\n').Append(StoryMarkdownFormat.CriteriaMarker).Append('\n');
            foreach (var criterion in story.Criteria)
            {
                text.Append(StoryMarkdownFormat.CriterionPrefix).Append(criterion).Append('\n');
            }
        }

        return text.ToString();
    }
}
