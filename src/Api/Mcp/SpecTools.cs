using System.Collections.Immutable;
using System.ComponentModel;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Api.Stories;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>The components' spec documents and the per-component view agents read before they design or code.</summary>
[McpServerToolType, Toolset(Toolsets.Specs)]
internal sealed class SpecTools(McpProject project)
{
    private IArchitectureGrain Architecture => project.Grains.GetGrain<IArchitectureGrain>(project.Id);

    [McpServerTool(Name = "get_spec", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ComponentSpecDocument))]
    [Description("Read a component's spec document (markdown) with its content hash; name the component by module name or by id.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> GetSpec(
        [Description("The component's module name, e.g. 'Shop.Orders'.")] string? module_name = null,
        [Description("The component's id (uuid); used when module_name is not given.")] Guid? component_id = null)
    {
        var scope = project.Read();
        var document = (module_name, component_id) switch
        {
            ({ Length: > 0 } module, null) => await Architecture.GetSpecByModuleAsync(scope, module),
            (null or "", { } id) => await Architecture.GetSpecAsync(scope, id),
            _ => throw DomainException.Invalid("module_name", "Name the component by module_name or by component_id, exactly one of them."),
        };
        return ToolResult.Text(document.Content, document);
    }

    [McpServerTool(Name = "list_specs", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SpecList))]
    [Description("Every spec document of the project (module, document type, content hash, size, last change), without content.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ListSpecs()
    {
        var specs = await Architecture.ListSpecsAsync(project.Read());
        return ToolResult.Of($"{specs.Length} specs.", new SpecList(specs));
    }

    [McpServerTool(Name = "list_spec_names", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SpecNames))]
    [Description("The module names that have a spec document.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ListSpecNames()
    {
        var names = await Architecture.ListSpecNamesAsync(project.Read());
        return ToolResult.Of($"{names.Length} modules have specs.", new SpecNames(names));
    }

    [McpServerTool(Name = "get_component_view", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ComponentViewText))]
    [Description("A component as markdown: metadata, file paths, spec status, dependencies, dependents, children and the stories it satisfies.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> GetComponentView([Description("The component's id (uuid).")] Guid component_id)
    {
        var scope = project.Read();
        var markdown = await Architecture.GetComponentViewMarkdownAsync(scope, component_id, await StoryLinks.OfProjectAsync(project.Grains, project.Id, scope));
        return ToolResult.Text(markdown, new ComponentViewText(component_id, markdown));
    }
}

/// <summary>Spec summaries (list_specs).</summary>
internal sealed record SpecList(ImmutableArray<SpecSummary> Specs);

/// <summary>Module names with specs (list_spec_names).</summary>
internal sealed record SpecNames(ImmutableArray<string> ModuleNames);

/// <summary>A component view (get_component_view).</summary>
internal sealed record ComponentViewText(Guid ComponentId, string Markdown);
