using System.Collections.Immutable;
using System.Text;
using CodeMySpec.Errors;
using static CodeMySpec.Stories.StoryMarkdownFormat;

namespace CodeMySpec.Stories;

/// <summary>
/// Reads <c>user_stories.md</c>. It checks the whole file and reports every problem with its line (field
/// <c>markdown</c>), so that an import either takes every story or none.
/// </summary>
internal static class StoryMarkdownReader
{
    private const string Field = "markdown";
    private const string Shape = "each story is '## <Title>', its description, a line '**Acceptance Criteria**', then '- <criterion>' lines";

    public static MarkdownStories Read(string? markdown)
    {
        var text = (markdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var size = Encoding.UTF8.GetByteCount(text);
        if (size > MaxBytes)
        {
            throw DomainException.Invalid(Field, $"The file has {size:N0} bytes; the limit is {MaxBytes:N0} (1 MB). Split it and import the parts.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw DomainException.Invalid(Field, $"Line 1: the document is empty; {Shape}.");
        }

        var lines = text.Split('\n');
        var errors = new List<FieldError>();
        var stories = ImmutableArray.CreateBuilder<StoryDraft>();
        var storyLines = ImmutableArray.CreateBuilder<int>();
        var titles = new Dictionary<string, int>();
        string? heading = null;
        var i = SkipBlank(lines, 0);
        if (i < lines.Length && IsProjectHeading(lines[i]))
        {
            heading = lines[i][1..].Trim();
            if (heading.Length == 0)
            {
                errors.Add(Error(i, "the project heading '#' has no name; write '# <Project>' or leave the line out."));
            }

            i = SkipBlank(lines, i + 1);
        }

        while (i < lines.Length)
        {
            var line = lines[i];
            if (!IsStoryHeading(line))
            {
                errors.Add(Error(i, IsHeadingLike(line)
                    ? $"malformed heading '{Clip(line)}'; a story starts with '## <Title>' (two '#', a space, the title), and '# <Project>' may only open the file."
                    : $"text outside a story; {Shape}."));
                i = SkipBlank(lines, i + 1);
                continue;
            }

            i = ReadStory(lines, i, errors, out var story, out var criterionLines);
            AddStory(story, criterionLines, errors, titles, stories, storyLines);
            i = SkipBlank(lines, i);
        }

        if (stories.Count == 0 && errors.Count == 0)
        {
            errors.Add(Error(Array.FindLastIndex(lines, l => !string.IsNullOrWhiteSpace(l)), $"the document has no stories; {Shape}."));
        }

        return errors.Count > 0
            ? throw DomainException.Invalid(errors.Take(50).ToList())
            : new MarkdownStories(heading, stories.ToImmutable(), storyLines.ToImmutable());
    }

    /// <summary>Reads one story from its heading line; returns the index of the line after it.</summary>
    private static int ReadStory(string[] lines, int start, List<FieldError> errors, out ParsedStory story, out List<int> criterionLines)
    {
        var title = lines[start][2..].Trim();
        if (title.Length == 0)
        {
            errors.Add(Error(start, "the story heading has no title; write '## <Title>'."));
        }

        var description = new List<string>();
        var criteria = new List<string>();
        criterionLines = [];
        var inCriteria = false;
        var i = start + 1;
        for (; i < lines.Length && !IsStoryHeading(lines[i]); i++)
        {
            var line = lines[i];
            if (IsHeadingLike(line))
            {
                errors.Add(Error(i, $"malformed heading '{Clip(line)}' inside story '{Clip(title)}'; a story starts with '## <Title>'. To keep a '#' line in a description, write '\\#'."));
            }
            else if (!inCriteria && IsCriteriaMarker(line))
            {
                inCriteria = true;
            }
            else if (!inCriteria)
            {
                description.Add(line.StartsWith('\\') ? line[1..] : line);
            }
            else if (line.StartsWith('-') && (line.Length == 1 || line[1] == ' '))
            {
                criteria.Add(line.Length > 2 ? line[2..] : "");
                criterionLines.Add(i);
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                errors.Add(Error(i, $"expected a criterion '- <text>' in story '{Clip(title)}', found '{Clip(line)}'."));
            }
        }

        if (!inCriteria)
        {
            errors.Add(Error(start, $"story '{Clip(title)}' has no '{CriteriaMarker}' section; add the line after the description, then '- <criterion>' lines."));
        }

        story = new ParsedStory(start, new StoryDraft(title, string.Join('\n', description), [.. criteria]));
        return i;
    }

    private static void AddStory(ParsedStory story, List<int> criterionLines, List<FieldError> errors, Dictionary<string, int> titles,
        ImmutableArray<StoryDraft>.Builder stories, ImmutableArray<int>.Builder storyLines)
    {
        var draft = StoryRules.Normalize(story.Draft);
        foreach (var error in StoryRules.Validate(draft).Where(e => e.Field != "title" || draft.Title.Length > 0))
        {
            var line = story.Line;
            if (error.Field.StartsWith("criteria[", StringComparison.Ordinal) && int.TryParse(error.Field[9..^1], out var index))
            {
                line = criterionLines[index];
            }

            errors.Add(error.Field == "description" && draft.Description.Length == 0
                ? Error(story.Line, $"story '{Clip(draft.Title)}' has no description; write it on the lines after the heading.")
                : Error(line, $"story '{Clip(draft.Title)}': {error.Field}: {error.Message}"));
        }

        if (draft.Title.Length > 0)
        {
            if (titles.TryGetValue(StoryRules.TitleKey(draft.Title), out var first))
            {
                errors.Add(Error(story.Line, $"the title '{Clip(draft.Title)}' is used again (first on line {first + 1}); titles are unique in a project."));
            }
            else
            {
                titles[StoryRules.TitleKey(draft.Title)] = story.Line;
            }
        }

        stories.Add(draft);
        storyLines.Add(story.Line + 1);
    }

    private static int SkipBlank(string[] lines, int i)
    {
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
        {
            i++;
        }

        return i;
    }

    private static FieldError Error(int index, string message) => new(Field, $"Line {index + 1}: {message}");

    private static string Clip(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");

    private sealed record ParsedStory(int Line, StoryDraft Draft);
}
