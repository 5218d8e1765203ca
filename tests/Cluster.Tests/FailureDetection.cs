using System.Globalization;

namespace CodeMySpec.Cluster.Tests;

/// <summary>
/// Failure-detection timings for test silos, passed as <c>Orleans__FailureDetection__*</c> (Orleans'
/// ClusterMembershipOptions), and the time by which a silo that vanished must be declared dead.
/// </summary>
internal sealed record FailureDetection(
    TimeSpan ProbeTimeout, TimeSpan MaxProbeTimeout, int NumMissedProbesLimit, int NumVotesForDeathDeclaration, TimeSpan TableRefreshTimeout)
{
    // Scheduling, a membership-table round trip and process noise on a small CI machine.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Seconds instead of minutes. One vote suffices because with two silos only the survivor can vote.
    /// MaxProbeTimeout is set explicitly because Orleans adapts the probe timeout (and the period between
    /// probes) up to it; the bound must not depend on a derived default.
    /// </summary>
    public static FailureDetection Fast { get; } = new(
        ProbeTimeout: TimeSpan.FromSeconds(1),
        MaxProbeTimeout: TimeSpan.FromSeconds(4),
        NumMissedProbesLimit: 2,
        NumVotesForDeathDeclaration: 1,
        TableRefreshTimeout: TimeSpan.FromSeconds(2));

    /// <summary>
    /// The liveness bound: the missed probes that lead to suspicion, each at most one (maximal) probe
    /// period apart, plus one period for where in its cycle the kill landed; one table refresh in case the
    /// survivor's vote lost an optimistic-concurrency race and had to re-read the table; then slack.
    /// </summary>
    public TimeSpan DeathDeclarationBound =>
        MaxProbeTimeout * (NumMissedProbesLimit + 1) + TableRefreshTimeout + Slack;

    public void AddTo(IDictionary<string, string?> environment)
    {
        const string Prefix = "Orleans__FailureDetection__";
        environment[Prefix + nameof(ProbeTimeout)] = ProbeTimeout.ToString("c", CultureInfo.InvariantCulture);
        environment[Prefix + nameof(MaxProbeTimeout)] = MaxProbeTimeout.ToString("c", CultureInfo.InvariantCulture);
        environment[Prefix + nameof(NumMissedProbesLimit)] = NumMissedProbesLimit.ToString(CultureInfo.InvariantCulture);
        environment[Prefix + nameof(NumVotesForDeathDeclaration)] = NumVotesForDeathDeclaration.ToString(CultureInfo.InvariantCulture);
        environment[Prefix + nameof(TableRefreshTimeout)] = TableRefreshTimeout.ToString("c", CultureInfo.InvariantCulture);
    }
}
