using System.Collections.Immutable;
using System.ComponentModel;
using Component = CodeMySpec.Architecture.Component;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Architecture;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>The project's components: bounded contexts and the typed components inside them.</summary>
[McpServerToolType, Toolset(Toolsets.Architecture)]
internal sealed class ComponentTools(McpProject project)
{
    private IArchitectureGrain Architecture => project.Grains.GetGrain<IArchitectureGrain>(project.Id);

    [McpServerTool(Name = "create_component", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(Component))]
    [Description("Create a component. Its id is derived from its module name (UUIDv5), so the same module always has the same id.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> CreateComponent(
        [Description("Human name, e.g. 'Accounts'.")] string name,
        [Description("Component type of the stack profile, e.g. context, schema, repository, genserver, liveview.")] string type,
        [Description("Module name, e.g. 'MyApp.Accounts'; unique in the project and fixed once created.")] string module_name,
        [Description("What the component is responsible for.")] string? description = null,
        [Description("The id (uuid) of the context this component belongs to.")] Guid? parent_component_id = null,
        [Description("Priority; higher is worked on first (default 0).")] int priority = 0)
    {
        var definition = new ComponentDefinition(name, module_name, type, description, priority);
        Component component;
        if (parent_component_id is { } parentId)
        {
            // The batch call takes the parent by module name and creates the component with its parent in one write.
            var parent = await Architecture.GetComponentAsync(project.Read(), parentId);
            component = (await Architecture.CreateComponentsAsync(project.Write(), [new NewComponent(definition, [], parent.ModuleName)]))[0];
        }
        else
        {
            component = await Architecture.CreateComponentAsync(project.Write(), definition);
        }

        return ToolResult.Of($"Created {component.Type} '{component.ModuleName}' ({component.Id}).", component);
    }

    [McpServerTool(Name = "create_components", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ComponentList))]
    [Description("Create several components with their dependencies and parents (by module name), all or none; a dependency cycle refuses the whole batch and names the cycle.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> CreateComponents(
        [Description("The components to create.")] NewComponentItem[] components)
    {
        var items = components.Select(c => new NewComponent(
            new ComponentDefinition(c.Name ?? "", c.ModuleName ?? "", c.Type ?? "", c.Description, c.Priority ?? 0),
            [.. c.DependsOn ?? []], c.ParentModuleName)).ToImmutableArray();
        var created = await Architecture.CreateComponentsAsync(project.Write(), items);
        return ToolResult.Of($"Created {created.Length} components.", new ComponentList(created));
    }

    [McpServerTool(Name = "get_component", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(Component))]
    [Description("Read one component: name, module, type, description, priority, parent, dependencies and similar components.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> GetComponent([Description("The component's id (uuid).")] Guid component_id)
    {
        var component = await Architecture.GetComponentAsync(project.Read(), component_id);
        return ToolResult.Of($"{component.Type} '{component.ModuleName}': depends on {component.DependsOn.Length}.", component);
    }

    [McpServerTool(Name = "list_components", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ComponentList))]
    [Description("Every component of the project with its dependencies.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ListComponents()
    {
        var snapshot = await Architecture.GetAsync(project.Read());
        return ToolResult.Of($"{snapshot.Components.Length} components, {snapshot.Dependencies.Length} dependencies.", new ComponentList(snapshot.Components));
    }

    [McpServerTool(Name = "update_component", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(Component))]
    [Description("Change a component's name, type, description or priority; fields left out stay. The module name cannot change (the id derives from it).")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> UpdateComponent(
        [Description("The component's id (uuid).")] Guid component_id,
        [Description("New name.")] string? name = null,
        [Description("New type.")] string? type = null,
        [Description("New description.")] string? description = null,
        [Description("New priority.")] int? priority = null)
    {
        var current = await Architecture.GetComponentAsync(project.Read(), component_id);
        var definition = new ComponentDefinition(name ?? current.Name, current.ModuleName, type ?? current.Type, description ?? current.Description, priority ?? current.Priority);
        var component = await Architecture.UpdateComponentAsync(project.Write(), component_id, definition);
        return ToolResult.Of($"Updated '{component.ModuleName}'.", component);
    }

    [McpServerTool(Name = "delete_component", Destructive = true, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(Deleted))]
    [Description("Delete a component with its dependencies and similar links; refused while it has children.")]
    [RequiresScope(OAuthScopes.Write)]
    public async Task<CallToolResult> DeleteComponent([Description("The component's id (uuid).")] Guid component_id)
    {
        await Architecture.DeleteComponentAsync(project.Write(), component_id);
        return ToolResult.Of($"Deleted component {component_id}.", new Deleted(component_id));
    }
}

/// <summary>One component of create_components.</summary>
internal sealed record NewComponentItem(
    [property: Description("Human name.")] string Name,
    [property: Description("Module name, unique in the project.")] string ModuleName,
    [property: Description("Component type of the stack profile.")] string Type,
    [property: Description("What it is responsible for.")] string? Description,
    [property: Description("Priority (default 0).")] int? Priority,
    [property: Description("Module names this component depends on (in this batch or existing).")] string[]? DependsOn,
    [property: Description("Module name of its context (in this batch or existing).")] string? ParentModuleName);

/// <summary>A list of components.</summary>
internal sealed record ComponentList(ImmutableArray<Component> Components);
