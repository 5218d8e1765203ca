using System.Collections.Immutable;
using CodeMySpec.Architecture;

namespace CodeMySpec.Api.Architecture;

/// <summary>Body of POST .../architecture/components and PUT .../components/{componentId}.</summary>
public sealed record ComponentRequest(string Name, string ModuleName, string Type, string? Description, int? Priority)
{
    public ComponentDefinition ToDefinition() => new(Name ?? "", ModuleName ?? "", Type ?? "", Description, Priority ?? 0);
}

/// <summary>One item of POST .../components/batch: a component, the module names it depends on, its parent's module name.</summary>
public sealed record BatchComponentRequest(
    string Name, string ModuleName, string Type, string? Description, int? Priority, IReadOnlyList<string>? DependsOn, string? ParentModuleName)
{
    public NewComponent ToNewComponent() =>
        new(new ComponentDefinition(Name ?? "", ModuleName ?? "", Type ?? "", Description, Priority ?? 0),
            DependsOn is null ? [] : [.. DependsOn], ParentModuleName);
}

/// <summary>Body of POST .../components/batch.</summary>
public sealed record BatchComponentsRequest(IReadOnlyList<BatchComponentRequest>? Components)
{
    public ImmutableArray<NewComponent> ToNewComponents() => Components is null ? [] : [.. Components.Select(c => c.ToNewComponent())];
}

/// <summary>Body of POST .../dependencies: the source depends on the target.</summary>
public sealed record DependencyRequest(Guid SourceComponentId, Guid TargetComponentId);

/// <summary>One dependency of POST .../dependencies/batch, by module names.</summary>
public sealed record ModuleDependencyRequest(string Source, string Target);

/// <summary>Body of POST .../dependencies/batch.</summary>
public sealed record DependencyBatchRequest(IReadOnlyList<ModuleDependencyRequest>? Dependencies)
{
    public ImmutableArray<ModuleDependency> ToModuleDependencies() =>
        Dependencies is null ? [] : [.. Dependencies.Select(d => new ModuleDependency(d.Source ?? "", d.Target ?? ""))];
}

/// <summary>Body of PUT .../components/{componentId}/parent; null clears the parent.</summary>
public sealed record ParentRequest(Guid? ParentComponentId);

/// <summary>Body of POST .../similar: a symmetric link between two components.</summary>
public sealed record SimilarRequest(Guid ComponentId, Guid SimilarComponentId);

/// <summary>Body of PUT /api/projects/{projectId}/components/{componentId}/spec: the Markdown document.</summary>
public sealed record SpecRequest(string? Content);
