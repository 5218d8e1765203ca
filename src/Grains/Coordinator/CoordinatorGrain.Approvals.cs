using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Coordinator;

/// <summary>Design approvals: only a person (never an agent token) with the right to manage the project approves, and the approval pins the spec's content hash.</summary>
internal sealed partial class CoordinatorGrain
{
    public async Task<DesignApproval> ApproveDesignAsync(Scope scope, Guid componentId)
    {
        RequirePerson(scope);
        await AuthorizeAsync(scope, ProjectAccess.Manage);
        var spec = await Architecture.GetSpecAsync(scope, componentId);
        if (state.State.Approvals.TryGetValue(componentId, out var existing) && existing.ContentHash == spec.Summary.ContentHash)
        {
            return existing;
        }

        var approval = new DesignApproval(componentId, spec.Summary.ContentHash, scope.Actor, clock.GetUtcNow());
        state.State.Approvals[componentId] = approval;
        await WriteAsync();
        ApprovalChanged(componentId);
        return approval;
    }

    public async Task RevokeDesignAsync(Scope scope, Guid componentId)
    {
        RequirePerson(scope);
        await AuthorizeAsync(scope, ProjectAccess.Manage);
        if (state.State.Approvals.Remove(componentId))
        {
            await WriteAsync();
            ApprovalChanged(componentId);
        }
    }

    private void ApprovalChanged(Guid componentId) =>
        _model?.Update(_model.Inputs with { ApprovedHashes = ApprovedHashes() }, new RequirementChange([], [componentId]));

    private static void RequirePerson(Scope scope)
    {
        if (scope.Actor.Kind != ActorKind.Person)
        {
            throw DomainException.Forbidden("Only a person can approve or revoke a design; agent tokens cannot.");
        }
    }
}
