namespace CodeMySpec.Prompts;

/// <summary>
/// A persona prompt built from a project's data. The counts say how much of the data the text shows: a large
/// project is shown in part (the text says how many more exist and which tools reach them).
/// </summary>
/// <param name="Name">The wire name, e.g. <c>story_interview</c>.</param>
/// <param name="Title">A short human title, e.g. "Story interview".</param>
/// <param name="Description">One sentence on what the prompt makes the agent do.</param>
/// <param name="Text">The prompt itself (Markdown).</param>
/// <param name="Stories">The stories the prompt lists: all of them for the story personas; for the architect personas those no component satisfies.</param>
/// <param name="StoriesShown">How many of those the text lists.</param>
/// <param name="Components">The project's components (0 for the story personas, which do not show the architecture).</param>
/// <param name="ComponentsShown">How many of those the text lists.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Prompts.PromptText")]
public sealed record PromptText(
    [property: Id(0)] string Name,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] string Text,
    [property: Id(4)] int Stories,
    [property: Id(5)] int StoriesShown,
    [property: Id(6)] int Components,
    [property: Id(7)] int ComponentsShown);
