using CodeMySpec.Security;

namespace CodeMySpec.Prompts;

/// <summary>
/// Builds the persona prompts of one project (key: project id) from its stories and architecture. It holds no
/// state; every call reads the project afresh with the caller's scope (read access to the project).
/// </summary>
[Alias("CodeMySpec.Prompts.IPromptsGrain")]
public interface IPromptsGrain : IGrainWithGuidKey
{
    /// <summary>The persona's prompt with the project's current data (read access to the project).</summary>
    [Alias("Build")]
    Task<PromptText> BuildAsync(Scope scope, PersonaPrompt persona);
}
