using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Architecture;

internal sealed partial class ArchitectureGrain
{
    public async Task<SpecSummary> PutSpecAsync(Scope scope, Guid componentId, string content)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var component = Existing(componentId);
        var (type, hash, size) = ComponentSpecs.Check(component, content);
        if (_model.Specs.GetValueOrDefault(componentId) is { } current && current.ContentHash == hash && current.DocumentType == type)
        {
            // The same text again: nothing to write, and who wrote it and when stays true.
            return current;
        }

        var summary = new SpecSummary(componentId, component.ModuleName, type, hash, size, clock.GetUtcNow(), scope.Actor);
        var changes = new ArchitectureChanges();
        changes.UpsertedSpecs.Add(new ComponentSpecDocument(summary, content));
        _model.Version = await SaveAsync(changes);
        _model.PutSpec(summary);
        return summary;
    }

    public async Task<ComponentSpecDocument> GetSpecAsync(Scope scope, Guid componentId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return await SpecOfAsync(Existing(componentId));
    }

    public async Task<ComponentSpecDocument> GetSpecByModuleAsync(Scope scope, string moduleName)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        var id = _model.FindByModule((moduleName ?? "").Trim())
            ?? throw DomainException.NotFound($"No component has the module name '{moduleName}' in project {Id}; list_spec_names shows the modules that have specs.");
        return await SpecOfAsync(_model.Components[id]);
    }

    public async Task<ImmutableArray<SpecSummary>> ListSpecsAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return [.. _model.Specs.Values.OrderBy(s => s.ModuleName, StringComparer.Ordinal)];
    }

    public async Task<ImmutableArray<string>> ListSpecNamesAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return [.. _model.Specs.Values.Select(s => s.ModuleName).Order(StringComparer.Ordinal)];
    }

    public async Task<string> GetComponentViewMarkdownAsync(Scope scope, Guid componentId, ImmutableArray<StoryLink> stories)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return ComponentViewMarkdown.Render(_model, Existing(componentId).Id, Stories(stories));
    }

    // Contents stay in the store: a project may hold thousands of specs of up to 256 KB, and reads are rare next to
    // the graph operations that keep this activation busy.
    private async Task<ComponentSpecDocument> SpecOfAsync(ComponentRow component) =>
        _model.Specs.ContainsKey(component.Id) && await store.LoadSpecAsync(Id, component.Id) is { } document
            ? document
            : throw DomainException.NotFound(
                $"{component.ModuleName} has no spec yet; write it with a design session or PUT /api/projects/{Id}/components/{component.Id}/spec.");
}
