using System.Collections.Immutable;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// Tool sets an agent picks per connection (<c>?toolsets=stories,architecture</c>), so it loads only the tools
/// it needs. Without the parameter every set is served.
/// </summary>
internal static class Toolsets
{
    public const string Stories = "stories";
    public const string Architecture = "architecture";
    public const string Specs = "specs";
    public const string Sessions = "sessions";
    public const string Coordinator = "coordinator";

    /// <summary>The benchmark's trivial tool; served only by the test-only baseline endpoint, never by a project's.</summary>
    public const string Baseline = "baseline";

    public static readonly ImmutableArray<string> All = [Stories, Architecture, Specs, Sessions, Coordinator];

    private static readonly ImmutableHashSet<string> AllSet = [.. All];

    /// <summary>Parses the query value; an unknown name is an error that lists the valid ones.</summary>
    public static bool TryParse(string? value, out ImmutableHashSet<string> toolsets, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            toolsets = AllSet;
            return true;
        }

        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).ToImmutableHashSet();
        var unknown = names.Where(n => !All.Contains(n)).Order().ToArray();
        if (unknown.Length > 0)
        {
            error = $"Unknown tool set(s): {string.Join(", ", unknown)}. Choose from: {string.Join(", ", All)} (comma-separated), or leave 'toolsets' out for all.";
            toolsets = [];
            return false;
        }

        toolsets = names;
        return true;
    }
}

/// <summary>Puts a tool class's tools in a tool set.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ToolsetAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The token scope a tool needs; tools whose scope the token lacks are not listed.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequiresScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
