using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CodeMySpec.Errors;

namespace CodeMySpec.Projects;

/// <summary>The project field rules of DOMAIN.md §1.</summary>
internal static partial class ProjectRules
{
    public const int MaxDescriptionLength = 20_000;

    // The profile registry is the one list of stacks; a project may name any profile it holds.
    public static readonly FrozenSet<string> StackProfiles = CodeMySpec.Profiles.StackProfiles.Names.ToFrozenSet(StringComparer.Ordinal);

    public static ImmutableArray<FieldError> Validate(ProjectDefinition definition)
    {
        var errors = ImmutableArray.CreateBuilder<FieldError>();
        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Trim().Length > 100)
        {
            errors.Add(new FieldError("name", "Give a name of 1 to 100 characters."));
        }

        if (definition.Description is { Length: > MaxDescriptionLength })
        {
            errors.Add(new FieldError("description", $"Keep the executive summary under {MaxDescriptionLength} characters."));
        }

        if (definition.ModuleName is null || definition.ModuleName.Length > 100 || !ModuleNamePattern().IsMatch(definition.ModuleName))
        {
            errors.Add(new FieldError("module_name", "Use an Elixir-style module name such as 'MyApp': a capital letter, then letters and digits."));
        }

        AddRepositoryError(errors, "code_repo", definition.CodeRepo);
        AddRepositoryError(errors, "docs_repo", definition.DocsRepo);
        if (definition.StackProfile is null || !StackProfiles.Contains(definition.StackProfile))
        {
            errors.Add(new FieldError("stack_profile", $"Use one of: {string.Join(", ", StackProfiles.Order())}."));
        }

        return errors.ToImmutable();
    }

    /// <summary>Trims what people type around names, so that " Shop " and "Shop" are one project name.</summary>
    public static ProjectDefinition Normalize(ProjectDefinition definition) => definition with
    {
        Name = definition.Name.Trim(),
        Description = string.IsNullOrWhiteSpace(definition.Description) ? null : definition.Description.Trim(),
        CodeRepo = string.IsNullOrWhiteSpace(definition.CodeRepo) ? null : definition.CodeRepo.Trim(),
        DocsRepo = string.IsNullOrWhiteSpace(definition.DocsRepo) ? null : definition.DocsRepo.Trim(),
    };

    private static void AddRepositoryError(ImmutableArray<FieldError>.Builder errors, string field, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        var trimmed = url.Trim();
        var valid = trimmed.Length <= 2_000 && (ScpStyleGitUrl().IsMatch(trimmed)
            || (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
                && uri.Scheme is "https" or "http" or "ssh" or "git" && !string.IsNullOrEmpty(uri.Host)));
        if (!valid)
        {
            errors.Add(new FieldError(field, "Give a repository URL such as https://github.com/acme/shop or git@github.com:acme/shop.git."));
        }
    }

    [GeneratedRegex("^[A-Z][a-zA-Z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._/~-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ScpStyleGitUrl();
}
