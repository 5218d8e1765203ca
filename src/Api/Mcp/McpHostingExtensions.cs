using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
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
            .WithToolsOf<StoryTools>()
            .WithToolsOf<CriterionTools>()
            .WithToolsOf<ComponentTools>()
            .WithToolsOf<DependencyTools>()
            .WithToolsOf<AnalysisTools>()
            .WithToolsOf<SpecTools>()
            .WithToolsOf<SessionTools>()
            .WithToolsOf<CoordinatorTools>()
            .WithToolsOf<StoryPersonaTools>()
            .WithToolsOf<ArchitectPersonaTools>()
            .WithToolsOf<BaselineTools>()
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

    /// <summary>
    /// The SDK's <c>WithTools&lt;T&gt;</c>, except that an instance tool's class is built by a factory made once at
    /// start-up: the SDK matches the constructor by reflection on every call.
    /// </summary>
    private static IMcpServerBuilder WithToolsOf<[DynamicallyAccessedMembers(
        DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors)] T>(
        this IMcpServerBuilder builder)
    {
        var create = ActivatorUtilities.CreateFactory<T>([]);
        foreach (var method in typeof(T).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<McpServerToolAttribute>() is null)
            {
                continue;
            }

            builder.Services.AddSingleton(services => method.IsStatic
                ? McpServerTool.Create(method, target: null, new McpServerToolCreateOptions { Services = services, SerializerOptions = McpJson.Options })
                : McpServerTool.Create(method, request => create(request.Services!, null)!,
                    new McpServerToolCreateOptions { Services = services, SerializerOptions = McpJson.Options }));
        }

        return builder;
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
        var key = baseline ? Toolsets.Baseline : selected is null ? "" : string.Join(',', selected.Order());
        foreach (var tool in Unserved.GetOrAdd(key, static (_, state) => Unserve(state.tools, state.baseline, state.selected), (tools, baseline, selected)))
        {
            tools.Remove(tool);
        }

        return Task.CompletedTask;
    }

    // The tools each choice of tool sets leaves out, worked out on its first request: every request's collection holds
    // the same tool instances, so reading their attributes again on every request would find the same answer.
    private static readonly ConcurrentDictionary<string, McpServerTool[]> Unserved = new();

    private static McpServerTool[] Unserve(McpServerPrimitiveCollection<McpServerTool> tools, bool baseline, IReadOnlySet<string>? selected) =>
    [
        .. tools.Where(tool =>
        {
            var toolset = ToolsetOf(tool);
            return baseline ? toolset != Toolsets.Baseline : toolset == Toolsets.Baseline || (selected is not null && !selected.Contains(toolset));
        }),
    ];

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
