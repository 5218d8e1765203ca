namespace CodeMySpec.Architecture;

/// <summary>A story as the analyses see it: its id, title and the component that satisfies it (if any).</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.StoryLink")]
public sealed record StoryLink([property: Id(0)] Guid StoryId, [property: Id(1)] string Title, [property: Id(2)] Guid? ComponentId);
