namespace CodeMySpec.Errors;

/// <summary>One problem with one input field, phrased so the caller knows how to fix it.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Errors.FieldError")]
public sealed record FieldError([property: Id(0)] string Field, [property: Id(1)] string Message);
