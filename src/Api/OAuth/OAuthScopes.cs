namespace CodeMySpec.Api.OAuth;

/// <summary>
/// What a token may do. Approving stories, architecture and designs is deliberately absent: approval gates
/// are passed only by a signed-in person in the UI, never by a token.
/// </summary>
public static class OAuthScopes
{
    public const string Read = "projects:read";
    public const string Write = "projects:write";
    public const string Sessions = "sessions:drive";
    public const string OfflineAccess = "offline_access";

    /// <summary>The scopes an agent client may be given.</summary>
    public static readonly IReadOnlyList<string> AgentScopes = [Read, Write, Sessions];

    /// <summary>Every scope the server knows.</summary>
    public static readonly IReadOnlyList<string> All = [Read, Write, Sessions, OfflineAccess];
}
