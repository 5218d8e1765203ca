using System.Text.RegularExpressions;

namespace CodeMySpec.Stories;

/// <summary>
/// The shape of <c>user_stories.md</c> (DOMAIN.md §2). A description line that would read as structure (a
/// heading, the criteria marker, or a line starting with a backslash) is written with a leading backslash,
/// which Markdown renders as the literal character and the reader removes: that is what makes export then
/// import exact.
/// </summary>
internal static partial class StoryMarkdownFormat
{
    public const string CriteriaMarker = "**Acceptance Criteria**";
    public const string CriterionPrefix = "- ";
    public const int MaxBytes = 1024 * 1024;

    public static bool IsProjectHeading(string line) => ProjectHeading().IsMatch(line);

    public static bool IsStoryHeading(string line) => StoryHeading().IsMatch(line);

    /// <summary>Any line starting with '#': a heading the reader must look at, well formed or not.</summary>
    public static bool IsHeadingLike(string line) => line.StartsWith('#') && !line.StartsWith("###", StringComparison.Ordinal);

    public static bool IsCriteriaMarker(string line) => line.Trim() == CriteriaMarker;

    public static bool NeedsEscape(string line) =>
        IsHeadingLike(line) || IsCriteriaMarker(line) || line.StartsWith('\\');

    [GeneratedRegex(@"^#(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectHeading();

    [GeneratedRegex(@"^##(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex StoryHeading();
}
