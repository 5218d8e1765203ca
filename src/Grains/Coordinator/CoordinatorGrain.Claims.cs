using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Coordinator;

/// <summary>
/// Work claims. Expiry is checked against the clock on every call rather than by a timer: an expired claim simply
/// stops counting, so the work is back in the pool the moment its lease ends, also after a silo loss.
/// </summary>
internal sealed partial class CoordinatorGrain
{
    public async Task<ClaimOutcome> ClaimNextAsync(Scope scope)
    {
        var model = await AuthorizedModelAsync(scope, ProjectAccess.Write);
        var now = clock.GetUtcNow();
        DropExpired(now);

        // The next actions are kept in order, so this reads only as far as the first one no claim holds.
        var held = new ClaimLines(model.Graph, state.State.Claims.Values);
        var next = model.NextActions(held.Holds).FirstOrDefault(a => !a.Claimed);
        if (next is null)
        {
            return new ClaimOutcome(null, model.ActionableCount == 0
                ? "Nothing is actionable now: every component is complete or waits for an approval, a dependency or a prerequisite. Report new evidence with sync_project, then ask again."
                : $"All {model.ActionableCount} actionable component(s) are claimed by other agents, or belong to a context or child another agent claimed; ask again later or when a claim ends.");
        }

        var claim = new WorkClaim(Guid.NewGuid(), next.ComponentId, next.ModuleName, next.Requirement, next.SessionType, scope.Actor, now,
            now + settings.ClaimLease);
        state.State.Claims[claim.ClaimId] = claim;
        await WriteAsync();
        return new ClaimOutcome(claim, $"Claimed {next.ModuleName}: {next.Requirement} with a {next.SessionType} session until {claim.ExpiresAt:O}.");
    }

    public async Task<WorkClaim> ExtendClaimAsync(Scope scope, Guid claimId)
    {
        var claim = await HeldAsync(scope, claimId);
        var extended = claim with { ExpiresAt = clock.GetUtcNow() + settings.ClaimLease };
        state.State.Claims[claimId] = extended;
        await WriteAsync();
        return extended;
    }

    public async Task<WorkClaim> ReleaseClaimAsync(Scope scope, Guid claimId)
    {
        var claim = await HeldAsync(scope, claimId);
        state.State.Claims.Remove(claimId);
        await WriteAsync();
        return claim;
    }

    public async Task<ComponentRequirements> CompleteClaimAsync(Scope scope, Guid claimId)
    {
        var claim = await HeldAsync(scope, claimId);
        state.State.Claims.Remove(claimId);
        await WriteAsync();
        return (await ModelAsync(scope)).Find(claim.ComponentId)
            ?? throw DomainException.NotFound($"Component {claim.ComponentId} is no longer in project {Id}; the claim has ended.");
    }

    public async Task<ImmutableArray<WorkClaim>> ListClaimsAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return [.. LiveClaims(clock.GetUtcNow()).OrderBy(c => c.ClaimedAt)];
    }

    public async Task CheckSessionStartAsync(Scope scope, Guid componentId)
    {
        var graph = (await AuthorizedModelAsync(scope, ProjectAccess.Write)).Graph;
        var other = LiveClaims(clock.GetUtcNow()).FirstOrDefault(c => c.HeldBy != scope.Actor && ClaimLines.OnLine(graph, c.ComponentId, componentId));
        if (other is not null)
        {
            var where = other.ComponentId == componentId ? "" : " (the claim holds its context and children too)";
            throw DomainException.Conflict(
                $"Component {other.ModuleName} is claimed by another agent until {other.ExpiresAt:O}{where}; call claim_next_action for other work.");
        }
    }

    private IEnumerable<WorkClaim> LiveClaims(DateTimeOffset now) => state.State.Claims.Values.Where(c => c.ExpiresAt > now);

    private void DropExpired(DateTimeOffset now)
    {
        foreach (var expired in state.State.Claims.Values.Where(c => c.ExpiresAt <= now).Select(c => c.ClaimId).ToList())
        {
            state.State.Claims.Remove(expired);
        }
    }

    /// <summary>The caller's own live claim; an expired one is gone (its work may already be someone else's).</summary>
    private async Task<WorkClaim> HeldAsync(Scope scope, Guid claimId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        if (!state.State.Claims.TryGetValue(claimId, out var claim) || claim.ExpiresAt <= clock.GetUtcNow())
        {
            throw DomainException.NotFound($"Claim {claimId} is not live (it ended or its lease expired); call claim_next_action for new work.");
        }

        return claim.HeldBy == scope.Actor
            ? claim
            : throw DomainException.Forbidden($"Claim {claimId} is held by another agent; only its holder can extend, release or complete it.");
    }
}
