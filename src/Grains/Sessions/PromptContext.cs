using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Projects;
using CodeMySpec.Stories;

namespace CodeMySpec.Sessions;

/// <summary>What a generate step's prompt is built from, read by the grain with the caller's scope just before it.</summary>
/// <param name="ParentSpecPath">The spec file of the component's parent context, when it has one.</param>
/// <param name="Children">The component's child components (contexts).</param>
internal sealed record PromptContext(
    ProjectDefinition Project,
    Component Component,
    string? ParentSpecPath,
    ImmutableArray<StoryDetails> Stories,
    ImmutableArray<Component> Similar,
    ImmutableArray<Component> Children);
