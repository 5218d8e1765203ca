using System.Collections.Immutable;
using System.ComponentModel;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Architecture;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>Dependencies (acyclic) and similar-component links between the project's components.</summary>
[McpServerToolType, Toolset(Toolsets.Architecture)]
internal sealed class DependencyTools(McpProject project)
{
    private IArchitectureGrain Architecture => project.Grains.GetGrain<IArchitectureGrain>(project.Id);

    [McpServerTool(Name = "create_dependency", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(Dependency))]
    [Description("Record that the source component depends on the target. Refused, naming the cycle, if it would close one.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> CreateDependency(
        [Description("The id (uuid) of the component that depends.")] Guid source_component_id,
        [Description("The id (uuid) of the component it depends on.")] Guid target_component_id)
    {
        var dependency = await Architecture.AddDependencyAsync(project.Write(), new Dependency(source_component_id, target_component_id));
        return ToolResult.Of($"{source_component_id} now depends on {target_component_id}.", dependency);
    }

    [McpServerTool(Name = "create_dependencies", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(DependencyList))]
    [Description("Record several dependencies by module name, all or none; a cycle refuses the batch and names it.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> CreateDependencies(
        [Description("The dependencies: each names the source module and the target module it depends on.")] ModuleDependencyItem[] dependencies)
    {
        var created = await Architecture.AddDependenciesAsync(project.Write(),
            [.. dependencies.Select(d => new ModuleDependency(d.Source ?? "", d.Target ?? ""))]);
        return ToolResult.Of($"Recorded {created.Length} dependencies.", new DependencyList(created));
    }

    [McpServerTool(Name = "delete_dependency", Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(Dependency))]
    [Description("Remove a dependency, named by its source and target components.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> DeleteDependency(
        [Description("The id (uuid) of the component that depends.")] Guid source_component_id,
        [Description("The id (uuid) of the component it depends on.")] Guid target_component_id)
    {
        var dependency = new Dependency(source_component_id, target_component_id);
        await Architecture.RemoveDependencyAsync(project.Write(), dependency);
        return ToolResult.Of($"{source_component_id} no longer depends on {target_component_id}.", dependency);
    }

    [McpServerTool(Name = "add_similar_component", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SimilarLink))]
    [Description("Mark two components as similar (a symmetric link), so prompts for one show the other as an example.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> AddSimilarComponent(
        [Description("A component's id (uuid).")] Guid component_id,
        [Description("The id (uuid) of the component similar to it.")] Guid similar_component_id)
    {
        await Architecture.LinkSimilarAsync(project.Write(), component_id, similar_component_id);
        return ToolResult.Of($"{component_id} and {similar_component_id} are marked similar.", new SimilarLink(component_id, similar_component_id));
    }

    [McpServerTool(Name = "remove_similar_component", Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SimilarLink))]
    [Description("Remove the similar link between two components.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> RemoveSimilarComponent(
        [Description("A component's id (uuid).")] Guid component_id,
        [Description("The id (uuid) of the component linked to it.")] Guid similar_component_id)
    {
        await Architecture.UnlinkSimilarAsync(project.Write(), component_id, similar_component_id);
        return ToolResult.Of($"{component_id} and {similar_component_id} are no longer linked.", new SimilarLink(component_id, similar_component_id));
    }
}

/// <summary>One dependency of create_dependencies.</summary>
internal sealed record ModuleDependencyItem(
    [property: Description("Module name of the component that depends.")] string Source,
    [property: Description("Module name of the component it depends on.")] string Target);

/// <summary>A list of dependencies.</summary>
internal sealed record DependencyList(ImmutableArray<Dependency> Dependencies);

/// <summary>Two components marked similar.</summary>
internal sealed record SimilarLink(Guid ComponentId, Guid SimilarComponentId);
