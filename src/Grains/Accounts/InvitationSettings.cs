using System.ComponentModel.DataAnnotations;

namespace CodeMySpec.Accounts;

/// <summary>The <c>Invitations</c> settings section (env <c>Invitations__*</c>).</summary>
internal sealed class InvitationSettings
{
    public const string Section = "Invitations";

    /// <summary>
    /// How often an account with pending invitations sweeps out the expired ones. Orleans reminders tick
    /// at most once a minute; expiry itself is checked on every call, the sweep only keeps state small.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ParseLimitsInInvariantCulture = true,
        ErrorMessage = "Use a period from 00:01:00 to 1.00:00:00.")]
    public TimeSpan ExpirySweepPeriod { get; set; } = TimeSpan.FromHours(1);
}
