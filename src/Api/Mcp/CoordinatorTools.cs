using System.ComponentModel;
using CodeMySpec.Api.Coordinator;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Coordinator;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// The project coordinator for parallel agents: report files and test runs, see what each component still needs,
/// claim work no other agent holds. Loop: sync_project → claim_next_action → start_session … → sync_project →
/// complete_claim. Reports and claims need sessions:drive; reads need projects:read.
/// </summary>
[McpServerToolType, Toolset(Toolsets.Coordinator)]
internal sealed class CoordinatorTools(McpProject project)
{
    private ICoordinatorGrain Coordinator => project.Grains.GetGrain<ICoordinatorGrain>(project.Id);

    [McpServerTool(Name = "sync_project", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SyncOutcome))]
    [Description("Report the project's files: either files (the whole repository-relative list) or added and removed (a delta), and optionally test_results (a JUnit XML or ExUnit/Mocha-style JSON report). All or nothing: a bad path or report changes nothing.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> SyncProject(
        [Description("The whole file list (repository-relative paths); leave out to send a delta.")] string[]? files = null,
        [Description("Paths added since the last report.")] string[]? added = null,
        [Description("Paths removed since the last report.")] string[]? removed = null,
        [Description("A test report as the runner wrote it (JUnit XML or ExUnit/Mocha-style JSON).")] string? test_results = null)
    {
        var sync = new SyncProjectRequest(files, added, removed, test_results, null).ToSync(project.Id);
        var outcome = await Coordinator.SyncAsync(project.Drive(), sync);
        return ToolResult.Of(Summary(outcome), outcome);
    }

    [McpServerTool(Name = "report_test_results", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SyncOutcome))]
    [Description("Report a test run. The tests of each test file it ran replace that file's earlier results; a test file whose tests did not run stays not_run, which never counts as passing. Name acceptance criteria in test names as [criterion:<uuid>] to record evidence for them.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> ReportTestResults([Description("The report: JUnit XML or ExUnit/Mocha-style JSON, unchanged.")] string report)
    {
        var outcome = await Coordinator.ReportTestsAsync(project.Drive(), report);
        return ToolResult.Of(Summary(outcome), outcome);
    }

    [McpServerTool(Name = "get_next_actions", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(NextActionList))]
    [Description("Components with work whose prerequisites are met, in dependency order then priority, each with the requirement to satisfy and the session type that does it, and whether a claim holds it (a claim holds its component, that component's context and its children).")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> GetNextActions([Description("At most this many, 1 to 200 (default 10).")] int limit = 10)
    {
        var actions = await Coordinator.GetNextActionsAsync(project.Read(), limit);
        return ToolResult.Of(actions.IsEmpty ? "Nothing is actionable now." : $"{actions.Length} next action(s); first: {actions[0].ModuleName} {actions[0].Requirement} ({actions[0].SessionType}).", new NextActionList(actions));
    }

    [McpServerTool(Name = "claim_next_action", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ClaimOutcome))]
    [Description("Claim the next actionable component that no claim holds, with a lease; a claim also holds the component's context and children, so no one else works on them meanwhile. Keep it with extend_claim, give it back with release_claim, end it with complete_claim after reporting your evidence.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> ClaimNextAction()
    {
        var outcome = await Coordinator.ClaimNextAsync(project.Drive());
        return ToolResult.Of(outcome.Message, outcome);
    }

    [McpServerTool(Name = "extend_claim", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(WorkClaim))]
    [Description("Heartbeat: extend your claim's lease from now.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> ExtendClaim([Description("The claim's id (uuid), from claim_next_action.")] Guid claim_id)
    {
        var claim = await Coordinator.ExtendClaimAsync(project.Drive(), claim_id);
        return ToolResult.Of($"Claim on {claim.ModuleName} extended until {claim.ExpiresAt:O}.", claim);
    }

    [McpServerTool(Name = "release_claim", Destructive = true, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(WorkClaim))]
    [Description("Give your claimed work back to the pool without finishing it.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> ReleaseClaim([Description("The claim's id (uuid).")] Guid claim_id)
    {
        var claim = await Coordinator.ReleaseClaimAsync(project.Drive(), claim_id);
        return ToolResult.Of($"Released the claim on {claim.ModuleName}.", claim);
    }

    [McpServerTool(Name = "complete_claim", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ComponentRequirements))]
    [Description("End your claim after the work is done (report files and tests with sync_project first); answers the component's requirements from the latest evidence.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> CompleteClaim([Description("The claim's id (uuid).")] Guid claim_id)
    {
        var component = await Coordinator.CompleteClaimAsync(project.Drive(), claim_id);
        return ToolResult.Of($"Claim ended; {component.ModuleName} next: {component.NextAction}.", component);
    }

    [McpServerTool(Name = "list_requirements", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(RequirementList))]
    [Description("Every component's requirements (or one component's) with satisfied, effectively satisfied, actionable, session type and details, in dependency order.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ListRequirements([Description("Only this component (uuid).")] Guid? component_id = null)
    {
        var components = await Coordinator.ListRequirementsAsync(project.Read(), component_id);
        return ToolResult.Of($"{components.Length} component(s), {components.Count(c => c.Complete)} complete.", new RequirementList(components));
    }

    [McpServerTool(Name = "show_component_requirements", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ComponentRequirements))]
    [Description("One component's status (files, test status, failing tests), each requirement with what is missing, and its next action.")]
    [RequiresScope(OAuthScopes.Read)]
    public async Task<CallToolResult> ShowComponentRequirements([Description("The component's id (uuid).")] Guid component_id)
    {
        var component = (await Coordinator.ListRequirementsAsync(project.Read(), component_id))[0];
        var open = component.Requirements.FirstOrDefault(r => !r.EffectivelySatisfied);
        return ToolResult.Of($"{component.ModuleName}: {component.NextAction}{(open is null ? "" : $" ({open.Name}: {open.Details})")}", component);
    }

    private static string Summary(SyncOutcome outcome) =>
        $"{outcome.Files} file(s) held, {outcome.TestsRecorded} test(s) recorded; {outcome.ComponentsComplete} of {outcome.Components} component(s) complete, {outcome.Actionable} actionable.";
}
