namespace CodeMySpec.Architecture;

/// <summary>
/// The component types of the phoenix stack profile. Kept in this one place so that the stack-profile engine
/// can replace it.
/// </summary>
internal static class ComponentTypes
{
    public static readonly IReadOnlyList<string> Phoenix =
    [
        "context", "coordination_context", "live_context", "schema", "repository", "service", "genserver", "task",
        "registry", "behaviour", "controller", "json", "liveview", "liveview_component", "other",
    ];

    private static readonly HashSet<string> Known = [.. Phoenix];

    public static bool IsKnown(string type) => Known.Contains(type);

    /// <summary>Types whose components are bounded contexts (the subject of the orphaned-contexts analysis).</summary>
    public static bool IsContext(string type) => type is "context" or "coordination_context" or "live_context";
}
