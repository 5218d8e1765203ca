namespace CodeMySpec.Architecture;

/// <summary>A component's stored spec document: its summary and the Markdown itself.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.ComponentSpecDocument")]
public sealed record ComponentSpecDocument([property: Id(0)] SpecSummary Summary, [property: Id(1)] string Content);
