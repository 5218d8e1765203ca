using System.Collections.Frozen;
using CodeMySpec.Errors;

namespace CodeMySpec.Profiles;

/// <summary>A stack as data: where files go and which component types exist (DOMAIN.md §3, §4).</summary>
internal sealed record StackProfile(string Name, PathTemplates Paths, FrozenDictionary<string, ComponentTypeDefinition> ComponentTypes)
{
    /// <summary>The type, or a validation error listing the profile's types.</summary>
    public ComponentTypeDefinition Type(string componentType) =>
        ComponentTypes.TryGetValue(componentType, out var type)
            ? type
            : throw DomainException.Invalid("type",
                $"'{componentType}' is not a component type of the {Name} profile; use one of: {string.Join(", ", ComponentTypes.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>The files of a module of that type.</summary>
    public ComponentPaths PathsFor(string moduleName, string componentType) =>
        Paths.For(ModulePaths.Underscore(moduleName), Type(componentType).IsContext);
}
