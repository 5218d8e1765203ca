using System.Text.Json;
using CodeMySpec.Sessions;

namespace CodeMySpec.Api.Sessions;

/// <summary>Body of POST /api/projects/{projectId}/sessions.</summary>
public sealed record StartSessionRequest(string Type, Guid ComponentId, string? ExecutionMode, string? Environment)
{
    public NewSession ToSession() => new(
        SessionNames.Parse<SessionType>(Type, "type"),
        ComponentId,
        SessionNames.Optional<ExecutionMode>(ExecutionMode, "execution_mode") ?? CodeMySpec.Sessions.ExecutionMode.Auto,
        string.IsNullOrWhiteSpace(Environment) ? "local" : Environment.Trim());
}

/// <summary>A command's result as a client submits it (submit_result, POST …/interactions/{interactionId}/result).</summary>
public sealed record SessionResultRequest(
    string Status, string? Data, int? Code, string? ErrorMessage, string? Stdout, string? Stderr, long? DurationMs, DateTimeOffset? Timestamp)
{
    public SessionResult ToResult() =>
        new(SessionNames.Parse<ResultStatus>(Status, "status"), Data, Code, ErrorMessage, Stdout, Stderr, DurationMs, Timestamp);
}

/// <summary>Body of POST …/interactions/{interactionId}/events: an agent hook event and its JSON data.</summary>
public sealed record SessionEventRequest(string EventType, JsonElement? Data)
{
    public SessionEventType Type => SessionNames.Parse<SessionEventType>(EventType, "event_type");

    public string? DataText => Data is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } data
        ? data.ValueKind == JsonValueKind.String ? data.GetString() : data.GetRawText()
        : null;
}
