namespace CodeMySpec.Projects;

/// <summary>The settings of a project that people edit (DOMAIN.md §1).</summary>
/// <param name="Description">The executive summary fed to every prompt.</param>
/// <param name="ModuleName">The application's root module, e.g. <c>MyApp</c>.</param>
/// <param name="StackProfile">Paths, test commands and component types; <c>phoenix</c> by default.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Projects.ProjectDefinition")]
public sealed record ProjectDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Description,
    [property: Id(2)] string ModuleName,
    [property: Id(3)] string? CodeRepo,
    [property: Id(4)] string? DocsRepo,
    [property: Id(5)] string StackProfile = ProjectDefinition.DefaultStackProfile)
{
    public const string DefaultStackProfile = "phoenix";
}
