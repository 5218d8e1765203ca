using System.Diagnostics;
using CodeMySpec.Security;

namespace CodeMySpec.Bench;

/// <summary>
/// 32 agents at once, each in a closed loop: claim the next action, complete the claim. Bounded by time and count.
/// Every claim is checked to be a component no other agent held at that moment.
/// </summary>
internal static class Claims
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private const int MaxClaims = 50_000;

    public static async Task RunAsync(BenchPhoenixProject project, Scope[] agents)
    {
        var held = new System.Collections.Concurrent.ConcurrentDictionary<Guid, int>();
        var claimTimes = new List<double>[agents.Length];
        var completeTimes = new List<double>[agents.Length];
        var claims = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(agents.Select(async (agent, n) =>
        {
            (claimTimes[n], completeTimes[n]) = ([], []);
            while (wall.Elapsed < Duration && Interlocked.Increment(ref claims) <= MaxClaims)
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await project.Coordinator.ClaimNextAsync(agent);
                claimTimes[n].Add(Timings.Ms(started));
                var claim = outcome.Claim ?? throw new InvalidOperationException($"No claim: {outcome.Message}");
                if (!held.TryAdd(claim.ComponentId, n))
                {
                    throw new InvalidOperationException($"{claim.ModuleName} was handed to two agents at once.");
                }

                // Released from the check before the grain sees the completion, so the next claim may take it again.
                held.TryRemove(claim.ComponentId, out _);
                started = Stopwatch.GetTimestamp();
                await project.Coordinator.CompleteClaimAsync(agent, claim.ClaimId);
                completeTimes[n].Add(Timings.Ms(started));
            }
        }));
        wall.Stop();

        var (claimed, completed) = (claimTimes.SelectMany(t => t).ToList(), completeTimes.SelectMany(t => t).ToList());
        Console.WriteLine();
        Console.WriteLine($"claims with {agents.Length} concurrent agents (claim, then complete; {wall.Elapsed.TotalSeconds:F1} s):");
        Console.WriteLine($"  {claimed.Count / wall.Elapsed.TotalSeconds:F0} claims/s ({claimed.Count:N0} claims, {completed.Count:N0} completions)");
        Console.WriteLine($"  claim p50 {Timings.Median(claimed):F2} ms, p99 {Timings.Percentile(claimed, 0.99):F2} ms; " +
            $"complete p50 {Timings.Median(completed):F2} ms, p99 {Timings.Percentile(completed, 0.99):F2} ms");
    }
}
