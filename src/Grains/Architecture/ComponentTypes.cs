using CodeMySpec.Profiles;
using CodeMySpec.Projects;

namespace CodeMySpec.Architecture;

/// <summary>
/// The component types the architecture accepts, read from the stack profile. Every project uses the phoenix
/// profile today; when a second profile exists, the project's own profile name comes in here.
/// </summary>
internal static class ComponentTypes
{
    public static StackProfile Profile => StackProfiles.Get(ProjectDefinition.DefaultStackProfile);

    public static IEnumerable<string> Names => Profile.ComponentTypes.Keys.Order(StringComparer.Ordinal);

    public static bool IsKnown(string type) => Profile.ComponentTypes.ContainsKey(type);

    /// <summary>Types whose components are bounded contexts (the subject of the orphaned-contexts analysis).</summary>
    public static bool IsContext(string type) => Profile.ComponentTypes.TryGetValue(type, out var definition) && definition.IsContext;
}
