using CodeMySpec.Api.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// The MCP gateway: Streamable HTTP in stateless mode (any silo serves any request), one endpoint per
/// project at <c>/mcp/projects/{projectId}</c>, which is also that project's OAuth resource.
/// </summary>
internal static class McpHostingExtensions
{
    public const string Instructions =
        "CodeMySpec keeps your work on a process people control: user stories with acceptance criteria, then a component " +
        "architecture (bounded contexts, typed components, acyclic dependencies), then one spec per module, then tests, then code. " +
        "This connection acts on one project. Read before you write: list_stories, show_architecture, get_component_view. " +
        "Every id is a uuid. A failed call says what is wrong and how to fix it.";

    public static WebApplicationBuilder AddCodeMySpecMcp(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<McpSettings>().BindConfiguration(McpSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<McpRateLimits>();
        builder.Services.AddSingleton<McpGate>();
        builder.Services.AddScoped<McpProject>();
        builder.Services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation
                {
                    Name = "codemyspec",
                    Title = "CodeMySpec",
                    Version = typeof(McpHostingExtensions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
                };
                options.ServerInstructions = Instructions;
            })
            .WithHttpTransport(http =>
            {
                http.Stateless = true;
                http.ConfigureSessionOptions = SelectToolsets;
            })
            .WithTools<StoryTools>(McpJson.Options)
            .WithTools<CriterionTools>(McpJson.Options)
            .WithTools<ComponentTools>(McpJson.Options)
            .WithTools<DependencyTools>(McpJson.Options)
            .WithTools<AnalysisTools>(McpJson.Options)
            .WithTools<SpecTools>(McpJson.Options)
            .WithTools<SessionTools>(McpJson.Options)
            .WithTools<CoordinatorTools>(McpJson.Options)
            .WithTools<StoryPersonaTools>(McpJson.Options)
            .WithTools<ArchitectPersonaTools>(McpJson.Options)
            .WithTools<BaselineTools>(McpJson.Options)
            .WithPrompts<PersonaPrompts>(McpJson.Options)
            .WithResources<ProjectResources>()
            .WithRequestFilters(filters => filters
                .AddCallToolFilter(ToolErrors.Filter)
                .AddListToolsFilter(HideToolsBeyondScopes)
                .AddGetPromptFilter(ToolErrors.ProtocolFilter)
                .AddReadResourceFilter(ToolErrors.ProtocolFilter));
        foreach (var (index, descriptor) in builder.Services.Index().Where(d => d.Item.ServiceType == typeof(McpServerTool)).ToList())
        {
            var create = descriptor.ImplementationFactory!;
            builder.Services[index] = ServiceDescriptor.Singleton<McpServerTool>(services => StructuredResultTool.Wrap((McpServerTool)create(services)));
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapCodeMySpecMcp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProtectedResourceMetadata();
        endpoints.MapBaselineMcp();
        var gate = endpoints.ServiceProvider.GetRequiredService<McpGate>();
        endpoints.MapMcp(ProjectResource.PathPrefix + "{projectId:guid}")
            .AddEndpointFilter(gate)
            .WithMetadata(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute())
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Serves only the tools of the sets the connection asked for (the baseline endpoint: only its own).</summary>
    private static Task SelectToolsets(HttpContext http, McpServerOptions options, CancellationToken cancellationToken)
    {
        if (options.ToolCollection is not { } tools)
        {
            return Task.CompletedTask;
        }

        var baseline = http.Features.Get<BaselineRequest>() is not null;
        if (baseline)
        {
            options.PromptCollection?.Clear();
            options.ResourceCollection?.Clear();
        }

        var selected = http.Features.Get<McpRequest>()?.Toolsets;
        foreach (var tool in tools.ToArray())
        {
            var toolset = ToolsetOf(tool);
            var serve = baseline ? toolset == Toolsets.Baseline : toolset != Toolsets.Baseline && (selected is null || selected.Contains(toolset));
            if (!serve)
            {
                tools.Remove(tool);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Lists only the tools the token's scopes can use. A hidden tool that is called anyway answers with a tool
    /// error naming the missing scope, rather than pretending not to exist.
    /// </summary>
    private static McpRequestHandler<ListToolsRequestParams, ListToolsResult> HideToolsBeyondScopes(McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) =>
        async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            var accessor = context.Services?.GetService<IHttpContextAccessor>();
            if (accessor?.HttpContext?.Features.Get<McpRequest>() is not { } request || context.Server.ServerOptions.ToolCollection is not { } tools)
            {
                return result;
            }

            result.Tools = [.. result.Tools.Where(t =>
                !tools.TryGetPrimitive(t.Name, out var tool) || RequiredScope(tool) is not { } scope || request.TokenScopes.Contains(scope))];
            return result;
        };

    private static string ToolsetOf(McpServerTool tool) => tool.Metadata.OfType<ToolsetAttribute>().FirstOrDefault()?.Name ?? Toolsets.Stories;

    private static string? RequiredScope(McpServerTool tool) => tool.Metadata.OfType<RequiresScopeAttribute>().FirstOrDefault()?.Scope;
}
