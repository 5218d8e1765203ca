using System.Collections.Frozen;
using CodeMySpec.Errors;

namespace CodeMySpec.Profiles;

/// <summary>The known stack profiles by name. A new stack is one more entry here, not a change to the engines.</summary>
internal static class StackProfiles
{
    private static readonly FrozenDictionary<string, StackProfile> Profiles =
        new[] { PhoenixProfile.Create() }.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Profiles.Keys.Order(StringComparer.Ordinal);

    /// <summary>The profile, or a validation error naming the known profiles.</summary>
    public static StackProfile Get(string name) =>
        Profiles.TryGetValue(name, out var profile)
            ? profile
            : throw DomainException.Invalid("stack_profile", $"'{name}' is not a known stack profile; use one of: {string.Join(", ", Names)}.");
}
