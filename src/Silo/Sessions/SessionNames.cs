using System.Collections.Frozen;
using System.Text.Json;
using CodeMySpec.Sessions;

namespace CodeMySpec.Silo.Sessions;

/// <summary>
/// The names the sessions table stores for types and statuses: the same snake_case names the session's JSON holds, so
/// that migration 0010 could copy them from stored grain state as they were.
/// </summary>
internal static class SessionNames
{
    private static readonly FrozenDictionary<SessionType, string> TypeNames = Names<SessionType>();

    private static readonly FrozenDictionary<SessionStatus, string> StatusNames = Names<SessionStatus>();

    private static readonly FrozenDictionary<string, SessionType> Types = TypeNames.ToFrozenDictionary(p => p.Value, p => p.Key);

    private static readonly FrozenDictionary<string, SessionStatus> Statuses = StatusNames.ToFrozenDictionary(p => p.Value, p => p.Key);

    public static string Of(SessionType type) => TypeNames[type];

    public static string Of(SessionStatus status) => StatusNames[status];

    public static SessionType Type(string name) =>
        Types.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown stored session type '{name}'.");

    public static SessionStatus Status(string name) =>
        Statuses.TryGetValue(name, out var status) ? status : throw new InvalidOperationException($"Unknown stored session status '{name}'.");

    private static FrozenDictionary<T, string> Names<T>() where T : struct, Enum =>
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));
}
