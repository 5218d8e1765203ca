using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Projects;
using CodeMySpec.Stories;

namespace CodeMySpec.Prompts;

/// <summary>
/// What a persona prompt is built from, read by the grain. <see cref="Details"/> holds the stories whose criteria
/// the prompt shows (those <see cref="PersonaPrompts.StoriesToRead"/> named); others are shown by their summary.
/// </summary>
/// <param name="Architecture">The component graph; null for the story personas.</param>
/// <param name="Health">The health summary; only the context design review uses it.</param>
/// <param name="OrphanedContexts">Contexts with no stories that no story-bearing component reaches (review only).</param>
internal sealed record PromptData(
    ProjectDefinition Project,
    ImmutableArray<StorySummary> Stories,
    ImmutableDictionary<Guid, StoryDetails> Details,
    ArchitectureSnapshot? Architecture = null,
    HealthSummary? Health = null,
    ImmutableArray<Component> OrphanedContexts = default);
