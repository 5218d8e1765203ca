using System.Globalization;

namespace CodeMySpec.Sessions;

/// <summary>
/// Bounds on what the audit trail keeps of a result or an event: a huge output is cut with a note saying how much was
/// kept. Steps check the whole result first; only the stored copy is cut.
/// </summary>
internal static class ResultLimits
{
    public const int MaxDataChars = 256 * 1024;
    public const int MaxOutputChars = 16 * 1024;
    public const int MaxEventChars = 16 * 1024;
    public const int MaxEventsPerInteraction = 1000;

    public static SessionResult Stored(SessionResult result) => result with
    {
        Data = Cut(result.Data, MaxDataChars),
        ErrorMessage = Cut(result.ErrorMessage, MaxOutputChars),
        Stdout = Cut(result.Stdout, MaxOutputChars),
        Stderr = Cut(result.Stderr, MaxOutputChars),
    };

    public static string? Cut(string? text, int max)
    {
        if (text is null || text.Length <= max)
        {
            return text;
        }

        var note = string.Create(CultureInfo.InvariantCulture, $"\n…[truncated: the first {max} of {text.Length} characters are kept]");
        return text[..max] + note;
    }

    /// <summary>Whether a submitted result repeats the stored one (timestamps and durations aside).</summary>
    public static bool Same(SessionResult stored, SessionResult submitted)
    {
        var candidate = Stored(submitted);
        return stored with { Timestamp = null, DurationMs = null } == candidate with { Timestamp = null, DurationMs = null };
    }
}
