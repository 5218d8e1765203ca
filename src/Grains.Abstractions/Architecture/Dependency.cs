namespace CodeMySpec.Architecture;

/// <summary>The source component depends on the target component.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.Dependency")]
public sealed record Dependency([property: Id(0)] Guid SourceId, [property: Id(1)] Guid TargetId);
