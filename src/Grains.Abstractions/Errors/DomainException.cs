using System.Collections.Immutable;

namespace CodeMySpec.Errors;

/// <summary>
/// A refusal by a grain: the request was invalid, not allowed, about something that does not exist,
/// or in conflict with the current state. Nothing was written when it is thrown.
/// </summary>
[GenerateSerializer, Alias("CodeMySpec.Errors.DomainException")]
public sealed class DomainException : Exception
{
    public DomainException(DomainErrorKind kind, string message, ImmutableArray<FieldError> errors = default)
        : base(message)
    {
        Kind = kind;
        Errors = errors.IsDefault ? [] : errors;
    }

    [Id(0)]
    public DomainErrorKind Kind { get; private set; }

    [Id(1)]
    public ImmutableArray<FieldError> Errors { get; private set; }

    /// <summary>The input is invalid; each error names its field.</summary>
    public static DomainException Invalid(IReadOnlyCollection<FieldError> errors) =>
        new(DomainErrorKind.Validation,
            "The request is invalid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")),
            [.. errors]);

    /// <summary>The input is invalid in one field.</summary>
    public static DomainException Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    /// <summary>The caller may not do this (or may not know that the target exists).</summary>
    public static DomainException Forbidden(string message) => new(DomainErrorKind.Forbidden, message);

    /// <summary>The target does not exist.</summary>
    public static DomainException NotFound(string message) => new(DomainErrorKind.NotFound, message);

    /// <summary>The request clashes with the current state.</summary>
    public static DomainException Conflict(string message) => new(DomainErrorKind.Conflict, message);
}
