using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Architecture;

internal sealed partial class ArchitectureGrain
{
    public async Task<Component> CreateComponentAsync(Scope scope, ComponentDefinition definition)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var normalized = ComponentRules.Normalize(definition);
        var errors = ComponentRules.Validate(normalized);
        if (errors.Count > 0)
        {
            throw DomainException.Invalid(errors);
        }

        if (_model.FindByModule(normalized.ModuleName) is { } existing)
        {
            throw DomainException.Conflict($"Module {normalized.ModuleName} already exists in this project (component {existing}).");
        }

        var row = new ComponentRow(ComponentIds.For(Id, normalized.ModuleName), normalized.Name, normalized.ModuleName,
            normalized.Type, normalized.Description, normalized.Priority, null);
        var changes = new ArchitectureChanges();
        changes.UpsertedComponents.Add(row);
        _model.Version = await SaveAsync(changes);
        _model.Put(row);
        return ToComponent(row.Id);
    }

    public async Task<Component> UpdateComponentAsync(Scope scope, Guid componentId, ComponentDefinition definition)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var current = Existing(componentId);
        var normalized = ComponentRules.Normalize(definition);
        var errors = ComponentRules.Validate(normalized);
        if (errors.Count == 0 && normalized.ModuleName != current.ModuleName)
        {
            // The id derives from the module name; a rename would leave a stale id that a new module could collide with.
            errors.Add(new("module_name", $"The module name of a component is fixed ({current.ModuleName}); delete it and create a new component instead."));
        }

        if (errors.Count > 0)
        {
            throw DomainException.Invalid(errors);
        }

        var row = current with { Name = normalized.Name, Type = normalized.Type, Description = normalized.Description, Priority = normalized.Priority };
        return row == current ? ToComponent(componentId) : await PutAsync(row);
    }

    public async Task DeleteComponentAsync(Scope scope, Guid componentId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var current = Existing(componentId);
        var children = _model.ChildrenOf(componentId).Select(id => _model.Components[id].ModuleName).Order(StringComparer.Ordinal).ToList();
        if (children.Count > 0)
        {
            // Refused rather than silently re-parenting: the caller decides where the children go.
            throw DomainException.Conflict($"{current.ModuleName} is the parent of {string.Join(", ", children)}; move or delete them first.");
        }

        var changes = new ArchitectureChanges();
        changes.DeletedComponents.Add(componentId);
        changes.RemovedDependencies.AddRange(_model.DependenciesOf(componentId).Select(t => new Dependency(componentId, t)));
        changes.RemovedDependencies.AddRange(_model.DependentsOf(componentId).Select(s => new Dependency(s, componentId)));
        changes.RemovedLinks.AddRange(_model.SimilarTo(componentId).Select(o => SimilarLink.Of(componentId, o)));
        _model.Version = await SaveAsync(changes);
        _model.Remove(componentId);
    }

    public async Task<Component> SetParentAsync(Scope scope, Guid componentId, Guid? parentComponentId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var current = Existing(componentId);
        if (current.ParentId == parentComponentId)
        {
            return ToComponent(componentId);
        }

        if (parentComponentId is { } parentId)
        {
            var problem = ParentProblem(_model, componentId, parentId);
            if (problem is not null)
            {
                throw DomainException.Invalid("parent_component_id", problem);
            }
        }

        return await PutAsync(current with { ParentId = parentComponentId });
    }

    public async Task LinkSimilarAsync(Scope scope, Guid componentId, Guid similarComponentId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        Existing(componentId);
        Existing(similarComponentId);
        if (componentId == similarComponentId)
        {
            throw DomainException.Invalid("similar_component_id", "A component is not similar to itself; name another component.");
        }

        if (_model.SimilarTo(componentId).Contains(similarComponentId))
        {
            return;
        }

        var changes = new ArchitectureChanges();
        changes.AddedLinks.Add(SimilarLink.Of(componentId, similarComponentId));
        _model.Version = await SaveAsync(changes);
        _model.Link(componentId, similarComponentId);
    }

    public async Task UnlinkSimilarAsync(Scope scope, Guid componentId, Guid similarComponentId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        if (!_model.SimilarTo(componentId).Contains(similarComponentId))
        {
            throw DomainException.NotFound($"Components {componentId} and {similarComponentId} are not linked as similar.");
        }

        var changes = new ArchitectureChanges();
        changes.RemovedLinks.Add(SimilarLink.Of(componentId, similarComponentId));
        _model.Version = await SaveAsync(changes);
        _model.Unlink(componentId, similarComponentId);
    }

    /// <summary>Why a component may not get that parent (itself, unknown, or a parent cycle), or null.</summary>
    private static string? ParentProblem(ArchitectureModel model, Guid componentId, Guid parentId)
    {
        if (parentId == componentId)
        {
            return "A component cannot be its own parent.";
        }

        if (!model.Components.ContainsKey(parentId))
        {
            return $"No component {parentId} in this project.";
        }

        var chain = new List<Guid> { componentId, parentId };
        for (var up = model.Components[parentId].ParentId; up is { } next && chain.Count <= model.Components.Count + 1; up = model.Components[next].ParentId)
        {
            chain.Add(next);
            if (next == componentId)
            {
                return $"That parent would close a parent cycle: {DependencyGraph.Describe(model, chain)}.";
            }
        }

        return null;
    }

    private async Task<Component> PutAsync(ComponentRow row)
    {
        var changes = new ArchitectureChanges();
        changes.UpsertedComponents.Add(row);
        _model.Version = await SaveAsync(changes);
        _model.Put(row);
        return ToComponent(row.Id);
    }
}
