using CodeMySpec.Architecture;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Coordinator;

/// <summary>The requirement model kept in step with the architecture's version.</summary>
internal sealed partial class CoordinatorGrain
{
    /// <summary>
    /// The requirement model for the architecture's current version. A new version with the same shape (a spec was
    /// stored, a name changed) re-evaluates only the components whose spec changed; a new shape rebuilds the model.
    /// </summary>
    private async Task<RequirementModel> ModelAsync(Scope scope) => await ModelAsync(scope, await Architecture.GetVersionAsync(scope));

    /// <summary>
    /// Asks the project grain whether the scope may act and the architecture for its version at once: two independent
    /// calls, so a one-file delta waits for the slower of them rather than for both in a row. The authorization's
    /// refusal is the one that surfaces when both fail.
    /// </summary>
    private async Task<RequirementModel> AuthorizedModelAsync(Scope scope, ProjectAccess access)
    {
        var authorized = AuthorizeAsync(scope, access);
        var version = Architecture.GetVersionAsync(scope);
        await Task.WhenAll(authorized, version);
        return await ModelAsync(scope, await version);
    }

    private async Task<RequirementModel> ModelAsync(Scope scope, long version)
    {
        if (_model is not null && version == _architectureVersion)
        {
            return _model;
        }

        var snapshot = await Architecture.GetAsync(scope);
        var specs = (await Architecture.ListSpecsAsync(scope)).ToDictionary(s => s.ComponentId, s => s.ContentHash);
        if (_model is not null && _model.Graph.SameShape(snapshot.Components))
        {
            var changed = specs.Keys.Union(_model.Inputs.SpecHashes.Keys)
                .Where(id => specs.GetValueOrDefault(id) != _model.Inputs.SpecHashes.GetValueOrDefault(id)).ToList();
            _model.Update(_model.Inputs with { SpecHashes = specs }, new RequirementChange([], changed));
        }
        else
        {
            _model = RequirementModel.Build(new RequirementInputs(snapshot.Components, specs, _files, _tests, ApprovedHashes(), ComponentTypes.Profile));
        }

        _architectureVersion = snapshot.Version;
        return _model;
    }

    private Dictionary<Guid, string> ApprovedHashes() => state.State.Approvals.ToDictionary(a => a.Key, a => a.Value.ContentHash);
}
