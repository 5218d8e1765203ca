namespace CodeMySpec.Cluster.Tests;

/// <summary>Where grains are activated, as each active silo reports its own activations (IManagementGrain).</summary>
internal static class GrainLocations
{
    /// <summary>
    /// The silos holding an activation of each of the grains; a grain that is not active has no entry.
    /// Asking the silos, rather than the grain directory, also shows a duplicate activation if one existed.
    /// </summary>
    public static async Task<ILookup<GrainId, SiloAddress>> FindAsync(IGrainFactory grains, IReadOnlyCollection<GrainId> ids)
    {
        var wanted = ids.ToHashSet();
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.Where(s => wanted.Contains(s.GrainId)).ToLookup(s => s.GrainId, s => s.SiloAddress);
    }
}
