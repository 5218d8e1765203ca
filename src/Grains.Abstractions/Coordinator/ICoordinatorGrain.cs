using System.Collections.Immutable;
using CodeMySpec.Security;
using Orleans.Concurrency;

namespace CodeMySpec.Coordinator;

/// <summary>
/// A project's coordinator (key: project id): the latest file list and test results agents reported, the requirement
/// status of every component computed from that evidence (DOMAIN.md §5), next actions, work claims with leases and
/// the design approvals people gave. Every method asks the project grain first whether the scope may act. The claim
/// methods interleave with other calls so that the claims of many agents share one state write (see the grain).
/// </summary>
[Alias("CodeMySpec.Coordinator.ICoordinatorGrain")]
public interface ICoordinatorGrain : IGrainWithGuidKey
{
    /// <summary>Records a file list (whole, or added and removed paths) and optionally a test report; all or nothing.</summary>
    [Alias("Sync")]
    Task<SyncOutcome> SyncAsync(Scope scope, ProjectSync sync);

    /// <summary>Records a test report (JUnit XML or ExUnit/Mocha-style JSON); the tests of each file it ran replace that file's earlier results.</summary>
    [Alias("ReportTests")]
    Task<SyncOutcome> ReportTestsAsync(Scope scope, string report);

    /// <summary>Every component's requirements (or one component's), with details and the next action.</summary>
    [Alias("ListRequirements")]
    Task<ImmutableArray<ComponentRequirements>> ListRequirementsAsync(Scope scope, Guid? componentId);

    /// <summary>Actionable components in dependency order, then priority, each with the session type that satisfies its first actionable requirement.</summary>
    [Alias("GetNextActions")]
    Task<ImmutableArray<NextAction>> GetNextActionsAsync(Scope scope, int limit);

    /// <summary>Claims the first actionable component that no live claim holds, with a lease; no claim when none is left.</summary>
    [Alias("ClaimNext"), AlwaysInterleave]
    Task<ClaimOutcome> ClaimNextAsync(Scope scope);

    /// <summary>Extends a live claim's lease (the holder only).</summary>
    [Alias("ExtendClaim"), AlwaysInterleave]
    Task<WorkClaim> ExtendClaimAsync(Scope scope, Guid claimId);

    /// <summary>Gives the work back to the pool (the holder only).</summary>
    [Alias("ReleaseClaim"), AlwaysInterleave]
    Task<WorkClaim> ReleaseClaimAsync(Scope scope, Guid claimId);

    /// <summary>Ends a claim whose work is done and answers the component's requirements from the latest evidence.</summary>
    [Alias("CompleteClaim"), AlwaysInterleave]
    Task<ComponentRequirements> CompleteClaimAsync(Scope scope, Guid claimId);

    /// <summary>The live claims.</summary>
    [Alias("ListClaims")]
    Task<ImmutableArray<WorkClaim>> ListClaimsAsync(Scope scope);

    /// <summary>Refuses (Conflict) a session on a component that another caller's live claim holds.</summary>
    [Alias("CheckSessionStart")]
    Task CheckSessionStartAsync(Scope scope, Guid componentId);

    /// <summary>A signed-in person approves the component's current spec (pinned to its content hash).</summary>
    [Alias("ApproveDesign")]
    Task<DesignApproval> ApproveDesignAsync(Scope scope, Guid componentId);

    /// <summary>A signed-in person withdraws a component's design approval.</summary>
    [Alias("RevokeDesign")]
    Task RevokeDesignAsync(Scope scope, Guid componentId);

    /// <summary>Per acceptance criterion, the latest passing and failing test cases that name it, and which stories are evidenced.</summary>
    [Alias("GetCriterionEvidence")]
    Task<ImmutableArray<StoryEvidence>> GetCriterionEvidenceAsync(Scope scope);
}
