using System.Collections.Immutable;
using CodeMySpec.Errors;

namespace CodeMySpec.Stories;

/// <summary>The story field rules of DOMAIN.md §2: lengths, required fields, and how text is normalized.</summary>
internal static class StoryRules
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxCriterionLength = 2_000;
    public const int MaxCriteria = 100;

    public static ImmutableArray<FieldError> Validate(StoryDraft draft)
    {
        var errors = ImmutableArray.CreateBuilder<FieldError>();
        AddTitleErrors(errors, draft.Title);
        AddDescriptionErrors(errors, draft.Description);
        AddCriteriaErrors(errors, draft.Criteria.IsDefault ? [] : draft.Criteria);
        if (!Enum.IsDefined(draft.Status))
        {
            errors.Add(new FieldError("status", "Use one of: in_progress, completed, dirty."));
        }

        return errors.ToImmutable();
    }

    public static ImmutableArray<FieldError> Validate(StoryUpdate update)
    {
        var errors = ImmutableArray.CreateBuilder<FieldError>();
        if (update.Title is not null)
        {
            AddTitleErrors(errors, update.Title);
        }

        if (update.Description is not null)
        {
            AddDescriptionErrors(errors, update.Description);
        }

        if (update.Criteria is { } criteria)
        {
            AddCriteriaErrors(errors, criteria.IsDefault ? [] : criteria);
        }

        if (update.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add(new FieldError("status", "Use one of: in_progress, completed, dirty."));
        }

        return errors.ToImmutable();
    }

    /// <summary>The error for one criterion's text, or null when it is fine.</summary>
    public static FieldError? CriterionError(string field, string? text)
    {
        var normalized = NormalizeText(text);
        if (normalized.Length == 0)
        {
            return new FieldError(field, "Describe the criterion (it is empty).");
        }

        if (normalized.Contains('\n'))
        {
            return new FieldError(field, "Keep a criterion to one line; split it into several criteria.");
        }

        return normalized.Length > MaxCriterionLength
            ? new FieldError(field, $"Keep a criterion to {MaxCriterionLength} characters (it has {normalized.Length}).")
            : null;
    }

    public static StoryDraft Normalize(StoryDraft draft) => draft with
    {
        Title = NormalizeText(draft.Title),
        Description = NormalizeText(draft.Description),
        Criteria = draft.Criteria.IsDefault ? [] : [.. draft.Criteria.Select(NormalizeText)],
    };

    /// <summary>One line ending, no surrounding blank space: what people type and what markdown gives back agree.</summary>
    public static string NormalizeText(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>The key titles are unique by: " Login " and "login" are one title.</summary>
    public static string TitleKey(string title) => NormalizeText(title).ToUpperInvariant();

    /// <summary>The first line of the description, cut to 200 characters, for listings.</summary>
    public static string ShortDescription(string description)
    {
        var firstLine = description.Split('\n', 2)[0];
        return firstLine.Length <= 200 ? firstLine : string.Concat(firstLine.AsSpan(0, 199), "…");
    }

    public static string StatusName(StoryStatus status) => status switch
    {
        StoryStatus.InProgress => "in_progress",
        StoryStatus.Completed => "completed",
        StoryStatus.Dirty => "dirty",
        _ => status.ToString(),
    };

    private static void AddTitleErrors(ImmutableArray<FieldError>.Builder errors, string? title)
    {
        var normalized = NormalizeText(title);
        if (normalized.Length == 0)
        {
            errors.Add(new FieldError("title", "Give the story a title."));
        }
        else if (normalized.Length > MaxTitleLength)
        {
            errors.Add(new FieldError("title", $"Keep the title to {MaxTitleLength} characters (it has {normalized.Length})."));
        }
        else if (normalized.Contains('\n'))
        {
            errors.Add(new FieldError("title", "Keep the title to one line."));
        }
    }

    private static void AddDescriptionErrors(ImmutableArray<FieldError>.Builder errors, string? description)
    {
        var normalized = NormalizeText(description);
        if (normalized.Length == 0)
        {
            errors.Add(new FieldError("description", "Describe the story (who wants what, and why)."));
        }
        else if (normalized.Length > MaxDescriptionLength)
        {
            errors.Add(new FieldError("description", $"Keep the description to {MaxDescriptionLength} characters (it has {normalized.Length})."));
        }
    }

    private static void AddCriteriaErrors(ImmutableArray<FieldError>.Builder errors, ImmutableArray<string> criteria)
    {
        if (criteria.Length > MaxCriteria)
        {
            errors.Add(new FieldError("criteria", $"Keep a story to {MaxCriteria} criteria (it has {criteria.Length})."));
        }

        for (var i = 0; i < criteria.Length; i++)
        {
            if (CriterionError($"criteria[{i}]", criteria[i]) is { } error)
            {
                errors.Add(error);
            }
        }
    }
}
