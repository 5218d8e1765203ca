using System.Collections.Immutable;
using System.ComponentModel;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Api.Stories;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>Read-only analyses of the architecture against the project's stories.</summary>
[McpServerToolType, Toolset(Toolsets.Architecture)]
internal sealed class AnalysisTools(McpProject project)
{
    private IArchitectureGrain Architecture => project.Grains.GetGrain<IArchitectureGrain>(project.Id);

    [McpServerTool(Name = "show_architecture", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ArchitectureView))]
    [Description("The architecture layered by dependency depth (0: depends on nothing), each component with the stories it satisfies.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ShowArchitecture()
    {
        var scope = project.Read();
        var layers = await Architecture.GetViewAsync(scope, await StoriesAsync(scope));
        return ToolResult.Of($"{layers.Sum(l => l.Components.Length)} components in {layers.Length} layers.", new ArchitectureView(layers));
    }

    [McpServerTool(Name = "architecture_health_summary", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(HealthSummary))]
    [Description("Story coverage, stories without components, high fan-out components, cycles, and scores (excellent, good, fair, poor).")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ArchitectureHealthSummary()
    {
        var scope = project.Read();
        var health = await Architecture.GetHealthAsync(scope, await StoriesAsync(scope));
        return ToolResult.Of($"Health {health.Level} ({health.OverallScore}/100): {health.OrphanedStories} of {health.Stories} stories without a component, {health.Cycles.Length} cycles.", health);
    }

    [McpServerTool(Name = "context_statistics", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StatisticsList))]
    [Description("Per component: stories, incoming and outgoing dependencies.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ContextStatistics(
        [Description("Order by 'name' (default), 'stories', 'incoming' or 'outgoing' (the last three largest first).")] string sort_by = "name")
    {
        var scope = project.Read();
        var statistics = await Architecture.GetStatisticsAsync(scope, await StoriesAsync(scope));
        IEnumerable<ComponentStatistics> sorted = sort_by.ToLowerInvariant() switch
        {
            "name" => statistics.OrderBy(s => s.ModuleName, StringComparer.Ordinal),
            "stories" => statistics.OrderByDescending(s => s.Stories).ThenBy(s => s.ModuleName, StringComparer.Ordinal),
            "incoming" => statistics.OrderByDescending(s => s.IncomingDependencies).ThenBy(s => s.ModuleName, StringComparer.Ordinal),
            "outgoing" => statistics.OrderByDescending(s => s.OutgoingDependencies).ThenBy(s => s.ModuleName, StringComparer.Ordinal),
            _ => throw DomainException.Invalid("sort_by", $"'{sort_by}' is not a sort order; use name, stories, incoming or outgoing."),
        };
        return ToolResult.Of($"Statistics of {statistics.Length} components, by {sort_by}.", new StatisticsList([.. sorted]));
    }

    [McpServerTool(Name = "orphaned_contexts", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ComponentList))]
    [Description("Contexts that no story needs: no stories of their own, and no story-bearing component depends on them.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> OrphanedContexts()
    {
        var scope = project.Read();
        var orphans = await Architecture.GetOrphanedContextsAsync(scope, await StoriesAsync(scope));
        return ToolResult.Of(orphans.IsEmpty ? "No orphaned contexts." : $"{orphans.Length} orphaned contexts: {string.Join(", ", orphans.Select(c => c.ModuleName))}.",
            new ComponentList(orphans));
    }

    [McpServerTool(Name = "validate_dependency_graph", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(GraphValidation))]
    [Description("Check that the dependency graph has no cycles; each cycle found is given as a path 'A → B → A'.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ValidateDependencyGraph()
    {
        var validation = await Architecture.ValidateAsync(project.Read());
        return ToolResult.Of(validation.Valid ? "The dependency graph is acyclic." : $"Cycles: {string.Join("; ", validation.Cycles)}.", validation);
    }

    [McpServerTool(Name = "component_impact", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ImpactReport))]
    [Description("What a change to a component touches: every component that depends on it (transitively), their stories, and their spec, code and test files.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ComponentImpact([Description("The component's id (uuid).")] Guid component_id)
    {
        var scope = project.Read();
        var impact = await Architecture.GetImpactAsync(scope, component_id, await StoriesAsync(scope));
        return ToolResult.Of($"{impact.Dependents.Length} dependent components and {impact.AffectedStories.Length} stories are affected.", impact);
    }

    /// <summary>The project's stories as the analyses see them.</summary>
    private Task<ImmutableArray<StoryLink>> StoriesAsync(CodeMySpec.Security.Scope scope) => StoryLinks.OfProjectAsync(project.Grains, project.Id, scope);
}

/// <summary>The layered architecture (show_architecture).</summary>
internal sealed record ArchitectureView(ImmutableArray<ArchitectureLayer> Layers);

/// <summary>Component statistics (context_statistics).</summary>
internal sealed record StatisticsList(ImmutableArray<ComponentStatistics> Components);
