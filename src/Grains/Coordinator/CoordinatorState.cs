namespace CodeMySpec.Coordinator;

/// <summary>The coordinator's small state (grain state, JSON): claims and design approvals. Evidence is in <see cref="ICoordinatorStore"/>.</summary>
internal sealed class CoordinatorState
{
    public Dictionary<Guid, WorkClaim> Claims { get; set; } = [];

    public Dictionary<Guid, DesignApproval> Approvals { get; set; } = [];
}
