namespace CodeMySpec.Sessions;

/// <summary>Agent hook events (Claude Code hooks), recorded on an interaction.</summary>
public enum SessionEventType
{
    SessionStart = 0,
    SessionEnd = 1,
    Notification = 2,
    PostToolUse = 3,
    UserPromptSubmit = 4,
    Stop = 5,
}
