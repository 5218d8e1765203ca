namespace CodeMySpec.Api.Tests.Access;

/// <summary>One MCP tool: who may call it, and how to build arguments against fresh targets.</summary>
public sealed record McpAccessRule(string Tool, IReadOnlySet<McpActor> Allowed, Func<McpAccessWorld, Task<object>> Arguments);

/// <summary>
/// Every MCP tool × every caller. Tokens for the project read with projects:read and write with projects:write;
/// the sign-in cookie, other tenants' tokens and anonymous callers never reach a tool. A tool the server lists
/// without a row here fails the test.
/// </summary>
public static class McpAccessMatrix
{
    private static readonly IReadOnlySet<McpActor> Readers = new HashSet<McpActor> { McpActor.OwnAgent, McpActor.ReadOnlyAgent, McpActor.MemberToken };
    private static readonly IReadOnlySet<McpActor> Drivers = new HashSet<McpActor> { McpActor.OwnAgent };
    private static readonly IReadOnlySet<McpActor> Writers = new HashSet<McpActor> { McpActor.OwnAgent, McpActor.MemberToken };

    public static IReadOnlyList<McpAccessRule> Rules { get; } =
    [
        // Stories
        Write("create_story", w => new { title = w.Unique("New"), description = "As a shopper I pay." }),
        Write("create_stories", w => new { stories = new[] { new { title = w.Unique("Batch"), description = "As a shopper I pay.", acceptance_criteria = new[] { "Paid" } } } }),
        Read("get_story", async w => new { story_id = await w.StoryAsync() }),
        Read("list_stories", _ => new { limit = 5 }),
        Read("list_story_titles", _ => new { }),
        Write("update_story", async w => new { story_id = await w.StoryAsync(), title = w.Unique("Renamed") }),
        Write("delete_story", async w => new { story_id = await w.StoryAsync() }),
        Write("set_story_component", async w => new { story_id = await w.StoryAsync(), component_id = await w.ComponentAsync() }),
        Write("clear_story_component", async w => new { story_id = await w.StoryAsync() }),
        Write("add_criterion", async w => new { story_id = await w.StoryAsync(), description = "Receipts are mailed" }),
        Write("update_criterion", async w => { var (s, c) = await w.StoryWithCriterionAsync(); return new { story_id = s, criterion_id = c, description = "Reworded" }; }),
        Write("delete_criterion", async w => { var (s, c) = await w.StoryWithCriterionAsync(); return new { story_id = s, criterion_id = c }; }),

        // Components and dependencies
        Write("create_component", w => new { name = "New", type = "context", module_name = w.UniqueModule() }),
        Write("create_components", w => new { components = new[] { new { name = "New", type = "context", module_name = w.UniqueModule() } } }),
        Read("get_component", async w => new { component_id = await w.ComponentAsync() }),
        Read("list_components", _ => new { }),
        Write("update_component", async w => new { component_id = await w.ComponentAsync(), description = "Changed" }),
        Write("delete_component", async w => new { component_id = await w.ComponentAsync() }),
        Write("create_dependency", async w => new { source_component_id = await w.ComponentAsync(), target_component_id = await w.ComponentAsync() }),
        Write("create_dependencies", async w =>
        {
            var (a, b) = (w.UniqueModule(), w.UniqueModule());
            await w.Setup.CallAsync("create_components", new { components = new[] { new { name = "A", type = "context", module_name = a }, new { name = "B", type = "context", module_name = b } } });
            return new { dependencies = new[] { new { source = a, target = b } } };
        }),
        Write("delete_dependency", async w => { var (s, t) = await w.DependencyAsync(); return new { source_component_id = s, target_component_id = t }; }),
        Write("add_similar_component", async w => new { component_id = await w.ComponentAsync(), similar_component_id = await w.ComponentAsync() }),
        Write("remove_similar_component", async w => { var (a, b) = await w.SimilarAsync(); return new { component_id = a, similar_component_id = b }; }),

        // Analyses
        Read("show_architecture", _ => new { }),
        Read("architecture_health_summary", _ => new { }),
        Read("context_statistics", _ => new { sort_by = "stories" }),
        Read("orphaned_contexts", _ => new { }),
        Read("validate_dependency_graph", _ => new { }),
        Read("component_impact", async w => new { component_id = await w.ComponentAsync() }),

        // Specs and views
        Read("get_spec", w => new { module_name = w.SpecModule }),
        Read("list_specs", _ => new { }),
        Read("list_spec_names", _ => new { }),
        Read("get_component_view", async w => new { component_id = await w.ComponentAsync() }),

        // Personas
        Read("start_story_interview", _ => new { }),
        Read("start_story_review", _ => new { }),
        Read("start_context_design", _ => new { }),
        Read("review_context_design", _ => new { }),

        // Sessions (sessions:drive: the member's token from the authorization code flow asks only for projects:read and projects:write)
        Drive("start_session", async w => new { type = "context_spec", component_id = await w.ComponentAsync() }),
        Drive("get_next_command", async w => new { session_id = await w.SessionAsync() }),
        Drive("submit_result", async w => { var (s, i) = await w.InteractionAsync(); return new { session_id = s, interaction_id = i, result = new { status = "ok" } }; }),
        Drive("cancel_session", async w => new { session_id = await w.SessionAsync() }),
        Drive("get_session", async w => new { session_id = await w.SessionAsync() }),
        Drive("list_sessions", _ => Task.FromResult<object>(new { status = "active" })),
        Drive("record_session_event", async w => { var (s, i) = await w.InteractionAsync(); return new { session_id = s, interaction_id = i, event_type = "stop" }; }),

        // Coordinator (reports and claims need sessions:drive; reads projects:read)
        Drive("sync_project", _ => Task.FromResult<object>(new { added = new[] { "lib/shop.ex" } })),
        Drive("report_test_results", _ => Task.FromResult<object>(new { report = "<testsuites><testsuite name=\"s\"><testcase name=\"t\" file=\"test/shop_test.exs\"/></testsuite></testsuites>" })),
        Drive("claim_next_action", async w => { await w.ComponentAsync(); return new { }; }),
        Drive("extend_claim", async w => new { claim_id = await w.ClaimAsync() }),
        Drive("release_claim", async w => new { claim_id = await w.ClaimAsync() }),
        Drive("complete_claim", async w => new { claim_id = await w.ClaimAsync() }),
        Read("get_next_actions", _ => new { limit = 5 }),
        Read("list_requirements", _ => new { }),
        Read("show_component_requirements", async w => new { component_id = await w.ComponentAsync() }),
    ];

    private static McpAccessRule Drive(string tool, Func<McpAccessWorld, Task<object>> arguments) => new(tool, Drivers, arguments);

    private static McpAccessRule Read(string tool, Func<McpAccessWorld, object> arguments) => new(tool, Readers, w => Task.FromResult(arguments(w)));

    private static McpAccessRule Read(string tool, Func<McpAccessWorld, Task<object>> arguments) => new(tool, Readers, arguments);

    private static McpAccessRule Write(string tool, Func<McpAccessWorld, object> arguments) => new(tool, Writers, w => Task.FromResult(arguments(w)));

    private static McpAccessRule Write(string tool, Func<McpAccessWorld, Task<object>> arguments) => new(tool, Writers, arguments);
}
