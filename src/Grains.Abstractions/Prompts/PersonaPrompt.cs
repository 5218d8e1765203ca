namespace CodeMySpec.Prompts;

/// <summary>
/// The persona prompts agents start from (DOMAIN.md §8); wire names in <see cref="PersonaPromptNames"/>:
/// <c>story_interview</c>, <c>story_review</c>, <c>context_design</c>, <c>context_design_review</c>.
/// </summary>
public enum PersonaPrompt
{
    /// <summary>A product manager interviews the user to write and refine stories (start_story_interview).</summary>
    StoryInterview = 0,

    /// <summary>A product manager reviews the stories and their acceptance criteria (start_story_review).</summary>
    StoryReview = 1,

    /// <summary>An architect designs contexts and components for the stories no component satisfies (start_context_design).</summary>
    ContextDesign = 2,

    /// <summary>An architect reviews the architecture against the stories (review_context_design).</summary>
    ContextDesignReview = 3,
}
