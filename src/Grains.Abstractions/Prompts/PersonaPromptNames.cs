using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CodeMySpec.Prompts;

/// <summary>The wire names of <see cref="PersonaPrompt"/>, as routes and MCP prompts name them.</summary>
public static class PersonaPromptNames
{
    public static ImmutableArray<string> Names { get; } = ["story_interview", "story_review", "context_design", "context_design_review"];

    private static readonly FrozenDictionary<string, PersonaPrompt> ByName = new Dictionary<string, PersonaPrompt>(StringComparer.Ordinal)
    {
        ["story_interview"] = PersonaPrompt.StoryInterview,
        ["story_review"] = PersonaPrompt.StoryReview,
        ["context_design"] = PersonaPrompt.ContextDesign,
        ["context_design_review"] = PersonaPrompt.ContextDesignReview,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryParse(string? name, out PersonaPrompt persona) => ByName.TryGetValue(name ?? "", out persona);

    public static string NameOf(PersonaPrompt persona) => ByName.First(pair => pair.Value == persona).Key;
}
