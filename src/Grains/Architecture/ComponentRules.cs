using CodeMySpec.Errors;
using CodeMySpec.Profiles;

namespace CodeMySpec.Architecture;

/// <summary>Validation and normalization of component definitions.</summary>
internal static class ComponentRules
{
    public const int MaxName = 200;
    public const int MaxDescription = 10_000;

    public static ComponentDefinition Normalize(ComponentDefinition definition) => definition with
    {
        Name = (definition.Name ?? "").Trim(),
        ModuleName = (definition.ModuleName ?? "").Trim(),
        Type = (definition.Type ?? "").Trim().ToLowerInvariant(),
        Description = string.IsNullOrWhiteSpace(definition.Description) ? null : definition.Description.Trim(),
    };

    /// <summary>Errors of a normalized definition; field names carry the prefix (e.g. "components[2].").</summary>
    public static List<FieldError> Validate(ComponentDefinition definition, string prefix = "")
    {
        var errors = new List<FieldError>();
        if (definition.Name.Length is 0 or > MaxName)
        {
            errors.Add(new(prefix + "name", $"Give the component a name (1 to {MaxName} characters)."));
        }

        if (!IsModuleName(definition.ModuleName))
        {
            errors.Add(new(prefix + "module_name", "Use a module name such as MyApp.Accounts.User (dot-separated segments of letters, digits and _, each starting upper-case; at most 200 characters)."));
        }

        if (!ComponentTypes.IsKnown(definition.Type))
        {
            errors.Add(new(prefix + "type", $"Use one of: {string.Join(", ", ComponentTypes.Names)}."));
        }

        if (definition.Description is { Length: > MaxDescription })
        {
            errors.Add(new(prefix + "description", $"Keep the description under {MaxDescription} characters."));
        }

        return errors;
    }

    /// <summary>
    /// Stricter than the earlier system's <c>^[A-Z][a-zA-Z0-9_.]*$</c>: every dot-separated segment starts
    /// upper-case, so that each module has the spec, code and test paths its stack profile gives it.
    /// </summary>
    public static bool IsModuleName(string moduleName) => moduleName.Length <= MaxName && ModulePaths.IsModuleName(moduleName);
}
