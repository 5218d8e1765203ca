using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Architecture;

/// <summary>
/// A project's component graph. The graph lives in memory; each operation asks the engines, writes only the rows
/// it changed through the store (one transaction, guarded by the project's version) and only then applies them.
/// </summary>
internal sealed partial class ArchitectureGrain(
    IArchitectureStore store,
    TimeProvider clock,
    IClusterMembershipService membership,
    IGrainFactory grains) : Grain, IArchitectureGrain, IProjectAccessWatcher
{
    // Agents read the architecture all day (tools, session prompts): their project's answer is remembered until it changes.
    private readonly ProjectAccessMemo _access = new(membership, grains);

    private ArchitectureModel _model = new();

    private Guid Id => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _model = ArchitectureModel.From(await store.LoadAsync(Id, cancellationToken));

    public async Task<ArchitectureSnapshot> GetAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return new(Id, _model.Version,
            [.. _model.Components.Values.OrderBy(c => c.Priority).ThenBy(c => c.ModuleName, StringComparer.Ordinal).Select(c => ToComponent(c.Id))],
            [.. _model.Dependencies.OrderBy(d => d.SourceId).ThenBy(d => d.TargetId)]);
    }

    public async Task<long> GetVersionAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return _model.Version;
    }

    public async Task<Component> GetComponentAsync(Scope scope, Guid componentId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ToComponent(Existing(componentId).Id);
    }

    public async Task<ImmutableArray<ArchitectureLayer>> GetViewAsync(Scope scope, ImmutableArray<StoryLink> stories)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ArchitectureAnalyses.View(_model, Stories(stories));
    }

    public async Task<HealthSummary> GetHealthAsync(Scope scope, ImmutableArray<StoryLink> stories)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ArchitectureAnalyses.Health(_model, Stories(stories));
    }

    public async Task<ImmutableArray<ComponentStatistics>> GetStatisticsAsync(Scope scope, ImmutableArray<StoryLink> stories)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ArchitectureAnalyses.Statistics(_model, Stories(stories));
    }

    public async Task<ImmutableArray<Component>> GetOrphanedContextsAsync(Scope scope, ImmutableArray<StoryLink> stories)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ArchitectureAnalyses.OrphanedContexts(_model, Stories(stories));
    }

    public async Task<ImmutableArray<Component>> GetDependencyOrderAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ArchitectureAnalyses.DependencyOrder(_model);
    }

    public async Task<ImpactReport> GetImpactAsync(Scope scope, Guid componentId, ImmutableArray<StoryLink> stories)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ArchitectureAnalyses.Impact(_model, Existing(componentId).Id, Stories(stories));
    }

    public async Task<GraphValidation> ValidateAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ArchitectureAnalyses.Validate(_model);
    }

    // Tenancy is the project grain's decision: it knows the owning account and the granted agents.
    private Task AuthorizeAsync(Scope scope, ProjectAccess access) => _access.AuthorizeAsync(this, Id, scope, access);

    public Task ProjectAccessChangedAsync(Guid projectId)
    {
        _access.Forget();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _access.UnwatchAsync();

    private ComponentRow Existing(Guid componentId) =>
        _model.Components.GetValueOrDefault(componentId)
        ?? throw DomainException.NotFound($"Component {componentId} was not found in project {Id}.");

    private Component ToComponent(Guid id) => ArchitectureAnalyses.ToComponent(_model, id);

    /// <summary>Writes the changes; on any failure the activation is dropped so the next call reloads what was stored.</summary>
    private async Task<long> SaveAsync(ArchitectureChanges changes)
    {
        try
        {
            return await store.SaveAsync(Id, _model.Version, changes);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private static IReadOnlyList<StoryLink> Stories(ImmutableArray<StoryLink> stories) => stories.IsDefault ? [] : stories;
}
