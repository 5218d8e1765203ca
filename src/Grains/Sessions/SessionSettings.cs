using System.ComponentModel.DataAnnotations;

namespace CodeMySpec.Sessions;

/// <summary>The <c>Sessions</c> settings section (env <c>Sessions__*</c>).</summary>
internal sealed class SessionSettings
{
    public const string Section = "Sessions";

    /// <summary>How long a handed-out command waits for its result before it is marked timed out and handed out again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ParseLimitsInInvariantCulture = true,
        ErrorMessage = "Use a lease from 00:01:00 to 1.00:00:00.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Fix attempts a loop may take (and retries of a failed step) before the session fails.</summary>
    [Range(1, 50, ErrorMessage = "Use 1 to 50 attempts.")]
    public int MaxLoopAttempts { get; set; } = 5;

    /// <summary>A loop stops early when the same feedback comes this many times in a row.</summary>
    [Range(2, 50, ErrorMessage = "Use 2 to 50 repeats.")]
    public int SameFeedbackLimit { get; set; } = 3;
}
