using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Architecture;

internal sealed partial class ArchitectureGrain
{
    public const int MaxBatch = 5_000;

    public async Task<Dependency> AddDependencyAsync(Scope scope, Dependency dependency)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var (source, target) = (Existing(dependency.SourceId), Existing(dependency.TargetId));
        if (_model.HasDependency(source.Id, target.Id))
        {
            throw DomainException.Conflict($"{source.ModuleName} already depends on {target.ModuleName}.");
        }

        if (DependencyProblem(_model, source.Id, target.Id) is { } problem)
        {
            throw source.Id == target.Id ? DomainException.Invalid("target_component_id", problem) : DomainException.Conflict(problem);
        }

        var changes = new ArchitectureChanges();
        changes.AddedDependencies.Add(dependency);
        _model.Version = await SaveAsync(changes);
        _model.AddDependency(source.Id, target.Id);
        return dependency;
    }

    public async Task RemoveDependencyAsync(Scope scope, Dependency dependency)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        if (!_model.HasDependency(dependency.SourceId, dependency.TargetId))
        {
            throw DomainException.NotFound($"Component {dependency.SourceId} does not depend on {dependency.TargetId}.");
        }

        var changes = new ArchitectureChanges();
        changes.RemovedDependencies.Add(dependency);
        _model.Version = await SaveAsync(changes);
        _model.RemoveDependency(dependency.SourceId, dependency.TargetId);
    }

    public async Task<ImmutableArray<Dependency>> AddDependenciesAsync(Scope scope, ImmutableArray<ModuleDependency> dependencies)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var items = dependencies.IsDefault ? [] : dependencies;
        if (items.Length is 0 or > MaxBatch)
        {
            throw DomainException.Invalid("dependencies", $"Give 1 to {MaxBatch} dependencies.");
        }

        var draft = _model.Clone();
        var changes = new ArchitectureChanges();
        var errors = new List<FieldError>();
        for (var i = 0; i < items.Length; i++)
        {
            AddToDraft(draft, changes, errors, $"dependencies[{i}]", items[i].Source, items[i].Target);
        }

        return await CommitAsync(draft, changes, errors, [.. changes.AddedDependencies]);
    }

    public async Task<ImmutableArray<Component>> CreateComponentsAsync(Scope scope, ImmutableArray<NewComponent> components)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var items = components.IsDefault ? [] : components;
        if (items.Length is 0 or > MaxBatch)
        {
            throw DomainException.Invalid("components", $"Give 1 to {MaxBatch} components.");
        }

        var draft = _model.Clone();
        var changes = new ArchitectureChanges();
        var errors = new List<FieldError>();
        var rows = new List<ComponentRow>();
        for (var i = 0; i < items.Length; i++)
        {
            var definition = ComponentRules.Normalize(items[i].Definition);
            var invalid = ComponentRules.Validate(definition, $"components[{i}].");
            if (invalid.Count == 0 && draft.FindByModule(definition.ModuleName) is not null)
            {
                var where = _model.FindByModule(definition.ModuleName) is null ? "earlier in this batch" : "in this project";
                invalid.Add(new($"components[{i}].module_name", $"Module {definition.ModuleName} already exists {where}."));
            }

            errors.AddRange(invalid);
            if (invalid.Count == 0)
            {
                var row = new ComponentRow(ComponentIds.For(Id, definition.ModuleName), definition.Name, definition.ModuleName,
                    definition.Type, definition.Description, definition.Priority, null);
                draft.Put(row);
                rows.Add(row);
            }
        }

        var allValid = errors.Count == 0;
        for (var i = 0; i < items.Length && allValid; i++)
        {
            SetParentInDraft(draft, errors, i, rows[i], items[i].ParentModuleName);
            var dependsOn = items[i].DependsOn.IsDefault ? [] : items[i].DependsOn;
            for (var j = 0; j < dependsOn.Length; j++)
            {
                AddToDraft(draft, changes, errors, $"components[{i}].depends_on[{j}]", rows[i].ModuleName, dependsOn[j]);
            }
        }

        changes.UpsertedComponents.AddRange(rows.Select(r => draft.Components[r.Id]));
        var created = await CommitAsync(draft, changes, errors, rows);
        return [.. created.Select(r => ToComponent(r.Id))];
    }

    /// <summary>Why source → target may not be added (self-dependency or the cycle it closes), or null.</summary>
    private static string? DependencyProblem(ArchitectureModel model, Guid source, Guid target)
    {
        if (source == target)
        {
            return $"{model.Components[source].ModuleName} cannot depend on itself.";
        }

        var cycle = DependencyGraph.CycleIfAdded(model, source, target);
        return cycle is null ? null : $"That dependency would close the cycle {DependencyGraph.Describe(model, cycle)}.";
    }

    private static void AddToDraft(ArchitectureModel draft, ArchitectureChanges changes, List<FieldError> errors, string field, string sourceModule, string targetModule)
    {
        var source = draft.FindByModule(sourceModule?.Trim() ?? "");
        var target = draft.FindByModule(targetModule?.Trim() ?? "");
        if (source is null || target is null)
        {
            errors.Add(new(field, $"No component {(source is null ? sourceModule : targetModule)} in this project or this batch."));
        }
        else if (DependencyProblem(draft, source.Value, target.Value) is { } problem)
        {
            errors.Add(new(field, problem));
        }
        else if (draft.AddDependency(source.Value, target.Value))
        {
            changes.AddedDependencies.Add(new(source.Value, target.Value));
        }
    }

    private static void SetParentInDraft(ArchitectureModel draft, List<FieldError> errors, int index, ComponentRow row, string? parentModule)
    {
        if (string.IsNullOrWhiteSpace(parentModule))
        {
            return;
        }

        var parentId = draft.FindByModule(parentModule.Trim());
        var problem = parentId is null ? $"No component {parentModule} in this project or this batch." : ParentProblem(draft, row.Id, parentId.Value);
        if (problem is null)
        {
            draft.Put(draft.Components[row.Id] with { ParentId = parentId });
        }
        else
        {
            errors.Add(new($"components[{index}].parent_module_name", problem));
        }
    }

    /// <summary>All or nothing: with any error nothing is written and the live model is untouched.</summary>
    private async Task<ImmutableArray<T>> CommitAsync<T>(ArchitectureModel draft, ArchitectureChanges changes, List<FieldError> errors, IEnumerable<T> result)
    {
        if (errors.Count > 0)
        {
            throw DomainException.Invalid(errors);
        }

        draft.Version = await SaveAsync(changes);
        _model = draft;
        return [.. result];
    }
}
