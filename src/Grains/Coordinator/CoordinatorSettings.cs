using System.ComponentModel.DataAnnotations;

namespace CodeMySpec.Coordinator;

/// <summary>The <c>Coordinator</c> settings section (env <c>Coordinator__*</c>).</summary>
internal sealed class CoordinatorSettings
{
    public const string Section = "Coordinator";

    /// <summary>How long a claim holds a component without <c>extend_claim</c>; after that the work returns to the pool.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ParseLimitsInInvariantCulture = true,
        ErrorMessage = "Use a claim lease from 00:01:00 to 1.00:00:00.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(30);
}
