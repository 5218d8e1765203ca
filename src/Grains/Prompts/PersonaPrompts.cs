using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Stories;

namespace CodeMySpec.Prompts;

/// <summary>
/// Builds the persona prompts (DOMAIN.md §8) from plain data. Pure and deterministic: the same data gives the
/// same text. Lists are capped, so the size of a prompt does not grow with the size of the project.
/// </summary>
internal static class PersonaPrompts
{
    /// <summary>Whether the persona needs the component graph.</summary>
    public static bool NeedsArchitecture(PersonaPrompt persona) => persona is PersonaPrompt.ContextDesign or PersonaPrompt.ContextDesignReview;

    /// <summary>Whether the persona needs the health summary and the orphaned contexts.</summary>
    public static bool NeedsAnalyses(PersonaPrompt persona) => persona is PersonaPrompt.ContextDesignReview;

    /// <summary>The stories whose details (description, criteria) the prompt shows; at most <see cref="PromptSections.MaxDetailedStories"/>.</summary>
    public static ImmutableArray<Guid> StoriesToRead(PersonaPrompt persona, ImmutableArray<StorySummary> stories, ArchitectureSnapshot? architecture) =>
        persona switch
        {
            PersonaPrompt.StoryInterview or PersonaPrompt.StoryReview => PromptSections.Detailed(stories),
            PersonaPrompt.ContextDesign => PromptSections.Detailed(ArchitecturePersonaPrompts.Unsatisfied(stories, Required(architecture))),
            _ => [],
        };

    public static PromptText Build(PersonaPrompt persona, PromptData data)
    {
        var name = PersonaPromptNames.NameOf(persona);
        var (title, description) = Describe(persona);
        switch (persona)
        {
            case PersonaPrompt.StoryInterview:
            {
                var (text, shown) = StoryPersonaPrompts.Interview(data);
                return new PromptText(name, title, description, text, data.Stories.Length, shown, 0, 0);
            }

            case PersonaPrompt.StoryReview:
            {
                var (text, shown) = StoryPersonaPrompts.Review(data);
                return new PromptText(name, title, description, text, data.Stories.Length, shown, 0, 0);
            }

            case PersonaPrompt.ContextDesign:
            {
                var architecture = Required(data.Architecture);
                var unsatisfied = ArchitecturePersonaPrompts.Unsatisfied(data.Stories, architecture);
                var (text, storiesShown, componentsShown) = ArchitecturePersonaPrompts.Design(data, unsatisfied);
                return new PromptText(name, title, description, text, unsatisfied.Length, storiesShown, architecture.Components.Length, componentsShown);
            }

            default:
            {
                var architecture = Required(data.Architecture);
                var unsatisfied = ArchitecturePersonaPrompts.Unsatisfied(data.Stories, architecture);
                var (text, storiesShown, componentsShown) = ArchitecturePersonaPrompts.Review(data, unsatisfied);
                return new PromptText(name, title, description, text, unsatisfied.Length, storiesShown, architecture.Components.Length, componentsShown);
            }
        }
    }

    /// <summary>The title and one-line description of a persona, as MCP lists prompts.</summary>
    public static (string Title, string Description) Describe(PersonaPrompt persona) => persona switch
    {
        PersonaPrompt.StoryInterview => ("Story interview",
            "A product manager interviews you, one question at a time, to write and refine the project's user stories with testable acceptance criteria."),
        PersonaPrompt.StoryReview => ("Story review",
            "A product manager reviews the project's stories for INVEST qualities, missing, ambiguous or untestable criteria, and duplicates."),
        PersonaPrompt.ContextDesign => ("Context design",
            "An architect designs bounded contexts and components for the stories no component satisfies yet, and links the stories to them."),
        PersonaPrompt.ContextDesignReview => ("Context design review",
            "An architect reviews the architecture against the stories: coverage, orphaned contexts, cycles, coupling and context size."),
        _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, null),
    };

    private static ArchitectureSnapshot Required(ArchitectureSnapshot? architecture) =>
        architecture ?? throw new ArgumentException("The architect personas need the architecture.", nameof(architecture));
}
