using System.Collections.Immutable;
using CodeMySpec.Security;

namespace CodeMySpec.Architecture;

/// <summary>
/// A project's component graph (key: project id): components, parents, dependencies and similar links, kept
/// acyclic with unique module names. Every method asks the project grain first whether the scope may act.
/// Analyses take the project's stories as input until a story source exists.
/// </summary>
[Alias("CodeMySpec.Architecture.IArchitectureGrain")]
public interface IArchitectureGrain : IGrainWithGuidKey
{
    /// <summary>The whole graph and its version.</summary>
    [Alias("Get")]
    Task<ArchitectureSnapshot> GetAsync(Scope scope);

    /// <summary>The graph's version alone (it moves with every change, specs included), so a reader can tell cheaply whether its copy is current.</summary>
    [Alias("GetVersion")]
    Task<long> GetVersionAsync(Scope scope);

    /// <summary>One component.</summary>
    [Alias("GetComponent")]
    Task<Component> GetComponentAsync(Scope scope, Guid componentId);

    /// <summary>Creates a component; its id is the UUIDv5 of its module name in this project.</summary>
    [Alias("CreateComponent")]
    Task<Component> CreateComponentAsync(Scope scope, ComponentDefinition definition);

    /// <summary>Creates components and their dependencies (by module name) all at once, or nothing.</summary>
    [Alias("CreateComponents")]
    Task<ImmutableArray<Component>> CreateComponentsAsync(Scope scope, ImmutableArray<NewComponent> components);

    /// <summary>Changes a component's name, type, description and priority (not its module name).</summary>
    [Alias("UpdateComponent")]
    Task<Component> UpdateComponentAsync(Scope scope, Guid componentId, ComponentDefinition definition);

    /// <summary>Deletes a component with its dependencies and links; refused while it has children.</summary>
    [Alias("DeleteComponent")]
    Task DeleteComponentAsync(Scope scope, Guid componentId);

    /// <summary>Sets (or clears, with null) a component's parent; refuses itself and parent cycles.</summary>
    [Alias("SetParent")]
    Task<Component> SetParentAsync(Scope scope, Guid componentId, Guid? parentComponentId);

    /// <summary>Adds a dependency; refuses duplicates, self-dependencies and anything that closes a cycle.</summary>
    [Alias("AddDependency")]
    Task<Dependency> AddDependencyAsync(Scope scope, Dependency dependency);

    /// <summary>Adds dependencies named by module names all at once, or nothing.</summary>
    [Alias("AddDependencies")]
    Task<ImmutableArray<Dependency>> AddDependenciesAsync(Scope scope, ImmutableArray<ModuleDependency> dependencies);

    /// <summary>Removes a dependency.</summary>
    [Alias("RemoveDependency")]
    Task RemoveDependencyAsync(Scope scope, Dependency dependency);

    /// <summary>Links two components as similar (symmetric); a repeat changes nothing.</summary>
    [Alias("LinkSimilar")]
    Task LinkSimilarAsync(Scope scope, Guid componentId, Guid similarComponentId);

    /// <summary>Removes a similar link.</summary>
    [Alias("UnlinkSimilar")]
    Task UnlinkSimilarAsync(Scope scope, Guid componentId, Guid similarComponentId);

    /// <summary>Components layered by dependency depth, with their stories.</summary>
    [Alias("GetView")]
    Task<ImmutableArray<ArchitectureLayer>> GetViewAsync(Scope scope, ImmutableArray<StoryLink> stories);

    /// <summary>The health summary over the graph and the given stories.</summary>
    [Alias("GetHealth")]
    Task<HealthSummary> GetHealthAsync(Scope scope, ImmutableArray<StoryLink> stories);

    /// <summary>Stories and incoming/outgoing dependencies per component.</summary>
    [Alias("GetStatistics")]
    Task<ImmutableArray<ComponentStatistics>> GetStatisticsAsync(Scope scope, ImmutableArray<StoryLink> stories);

    /// <summary>Contexts with no stories that no story-bearing component reaches.</summary>
    [Alias("GetOrphanedContexts")]
    Task<ImmutableArray<Component>> GetOrphanedContextsAsync(Scope scope, ImmutableArray<StoryLink> stories);

    /// <summary>Components in an order where every dependency comes before its dependents.</summary>
    [Alias("GetDependencyOrder")]
    Task<ImmutableArray<Component>> GetDependencyOrderAsync(Scope scope);

    /// <summary>What transitively depends on a component, the stories affected and the files involved.</summary>
    [Alias("GetImpact")]
    Task<ImpactReport> GetImpactAsync(Scope scope, Guid componentId, ImmutableArray<StoryLink> stories);

    /// <summary>Checks the stored dependency graph for cycles.</summary>
    [Alias("Validate")]
    Task<GraphValidation> ValidateAsync(Scope scope);

    /// <summary>Validates and stores a component's spec document (write access); refuses invalid documents and a wrong H1 module name.</summary>
    [Alias("PutSpec")]
    Task<SpecSummary> PutSpecAsync(Scope scope, Guid componentId, string content);

    /// <summary>A component's spec document; NotFound while the component has none.</summary>
    [Alias("GetSpec")]
    Task<ComponentSpecDocument> GetSpecAsync(Scope scope, Guid componentId);

    /// <summary>The spec document of the component with that module name; NotFound while it has none.</summary>
    [Alias("GetSpecByModule")]
    Task<ComponentSpecDocument> GetSpecByModuleAsync(Scope scope, string moduleName);

    /// <summary>Summaries (no content) of every stored spec, ordered by module name.</summary>
    [Alias("ListSpecs")]
    Task<ImmutableArray<SpecSummary>> ListSpecsAsync(Scope scope);

    /// <summary>The module names that have a spec, in order.</summary>
    [Alias("ListSpecNames")]
    Task<ImmutableArray<string>> ListSpecNamesAsync(Scope scope);

    /// <summary>A Markdown page about one component: metadata, paths, dependencies, dependents, children, stories, spec.</summary>
    [Alias("GetComponentViewMarkdown")]
    Task<string> GetComponentViewMarkdownAsync(Scope scope, Guid componentId, ImmutableArray<StoryLink> stories);
}
