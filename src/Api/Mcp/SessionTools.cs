using System.ComponentModel;
using System.Text.Json;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Sessions;
using CodeMySpec.Sessions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// Workflow sessions: the server decides each step, the agent executes it in the repository and submits the result.
/// Loop: start_session → get_next_command → execute → submit_result → get_next_command … until the session ends.
/// </summary>
[McpServerToolType, Toolset(Toolsets.Sessions)]
internal sealed class SessionTools(McpProject project)
{
    [McpServerTool(Name = "start_session", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SessionDetails))]
    [Description("Start a workflow session on a component: component_spec, context_spec, component_test, component_code, context_component_specs, context_implementation or context_design_review. Then call get_next_command.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> StartSession(
        [Description("The session type, e.g. component_spec.")] string type,
        [Description("The component's id (uuid), from list_components.")] Guid component_id,
        [Description("manual (a person confirms each command), auto (default) or agentic.")] string? execution_mode = null,
        [Description("Where the agent runs: local (default), cli or vscode.")] string? environment = null)
    {
        var request = new StartSessionRequest(type, component_id, execution_mode, environment);
        var session = await project.Grains.GetGrain<ISessionGrain>(Guid.NewGuid()).StartAsync(project.Drive(), request.ToSession());
        return ToolResult.Of($"Started {type} session {session.Id}; call get_next_command with it.", session);
    }

    [McpServerTool(Name = "get_next_command", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(NextCommand))]
    [Description("The session's pending command (a prompt to follow, a file to read, tests to run, child sessions to drive). Asking again returns the same command until its result is submitted; it is leased, and handed out again if no result comes in time.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> GetNextCommand([Description("The session's id (uuid).")] Guid session_id)
    {
        var next = await project.Grains.GetGrain<ISessionGrain>(session_id).GetNextCommandAsync(project.Drive());
        return ToolResult.Of(next.Message, next);
    }

    [McpServerTool(Name = "submit_result", Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SubmitOutcome))]
    [Description("Submit the result of the pending interaction. The step checks it (validates the document, reads the test report) and the session moves on, loops to a fix step, or ends. The same result twice changes nothing. The answer's 'next' is the command the session now waits for (already leased): run it without calling get_next_command; when 'next' is null, call get_next_command.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> SubmitResult(
        [Description("The session's id (uuid).")] Guid session_id,
        [Description("The interaction's id (uuid), from get_next_command.")] Guid interaction_id,
        [Description("The result: status (ok, error, warning), data (file content or test report), code, error_message, stdout, stderr, duration_ms.")] SessionResultRequest result)
    {
        var outcome = await project.Grains.GetGrain<ISessionGrain>(session_id).SubmitResultAsync(project.Drive(), interaction_id, result.ToResult());
        return ToolResult.Of(Summary(outcome), outcome);
    }

    [McpServerTool(Name = "cancel_session", Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SessionDetails))]
    [Description("Cancel a session and its running child sessions; an ended session stays as it ended.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> CancelSession([Description("The session's id (uuid).")] Guid session_id)
    {
        var session = await project.Grains.GetGrain<ISessionGrain>(session_id).CancelAsync(project.Drive());
        return ToolResult.Of($"Session {session.Id} is {SessionNames.Name(session.Status)}.", session);
    }

    [McpServerTool(Name = "get_session", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SessionDetails))]
    [Description("A session with its state and audit trail: every command, result, verdict, feedback and hook event.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> GetSession([Description("The session's id (uuid).")] Guid session_id)
    {
        var session = await project.Grains.GetGrain<ISessionGrain>(session_id).GetAsync(project.Drive());
        return ToolResult.Of($"{SessionNames.Name(session.Type)} session {session.Id}: {SessionNames.Name(session.Status)} at {session.State.Step}, {session.Interactions.Length} interactions.", session);
    }

    [McpServerTool(Name = "list_sessions", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SessionList))]
    [Description("The project's sessions, newest first, optionally filtered by status (active, complete, failed, cancelled), type and component.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> ListSessions(
        [Description("Only sessions with this status.")] string? status = null,
        [Description("Only sessions of this type.")] string? type = null,
        [Description("Only sessions on this component (uuid).")] Guid? component_id = null,
        [Description("At most this many, 1 to 200 (default 50).")] int limit = SessionQuery.DefaultLimit)
    {
        var query = new SessionQuery(SessionNames.Optional<SessionStatus>(status, "status"), SessionNames.Optional<SessionType>(type, "type"), component_id, limit);
        var list = await project.Grains.GetGrain<ISessionIndexGrain>(project.Id).ListAsync(project.Drive(), query);
        return ToolResult.Of($"{list.Sessions.Length} of {list.Total} sessions.", list);
    }

    [McpServerTool(Name = "record_session_event", Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(SessionDetails))]
    [Description("Record an agent hook event on an interaction: session_start (its session_id becomes the conversation id), session_end, notification, post_tool_use, user_prompt_submit or stop.")]
    [RequiresScope(OAuthScopes.Sessions)]
    public async Task<CallToolResult> RecordSessionEvent(
        [Description("The session's id (uuid).")] Guid session_id,
        [Description("The interaction's id (uuid).")] Guid interaction_id,
        [Description("The hook event's type.")] string event_type,
        [Description("The hook's JSON payload, as the agent sent it.")] JsonElement? data = null)
    {
        var request = new SessionEventRequest(event_type, data);
        var session = await project.Grains.GetGrain<ISessionGrain>(session_id).RecordEventAsync(project.Drive(), interaction_id, request.Type, request.DataText);
        return ToolResult.Of($"Recorded {event_type} on interaction {interaction_id}.", session);
    }

    private static string Then(SubmitOutcome outcome) => outcome.Next is { } next ? $"Next: {next.Message}" : "Call get_next_command.";

    private static string Summary(SubmitOutcome outcome) => outcome.Status switch
    {
        SessionStatus.Complete => $"{outcome.Step} passed; the session is complete.",
        SessionStatus.Failed => $"The session failed: {outcome.FailureReason}",
        SessionStatus.Cancelled => "The session was cancelled.",
        _ when outcome.Verdict == ResultStatus.Error => $"{outcome.Step} did not pass; next step {outcome.NextStep}. Feedback: {outcome.Feedback} {Then(outcome)}",
        _ => $"{outcome.Step} passed; next step {outcome.NextStep}. {Then(outcome)}",
    };
}
