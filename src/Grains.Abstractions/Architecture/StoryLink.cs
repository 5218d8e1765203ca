using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CodeMySpec.Architecture;

/// <summary>
/// A story as the analyses see it: its id, title and the component that satisfies it (if any). Callers that have
/// the story's acceptance criteria at hand may pass them (the component view lists them); null means not given.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Architecture.StoryLink")]
public sealed record StoryLink(
    [property: Id(0)] Guid StoryId,
    [property: Id(1)] string Title,
    [property: Id(2)] Guid? ComponentId,
    [property: Id(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<string>? Criteria = null);
