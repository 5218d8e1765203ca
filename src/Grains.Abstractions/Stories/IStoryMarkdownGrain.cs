using System.Collections.Immutable;
using CodeMySpec.Security;

namespace CodeMySpec.Stories;

/// <summary>
/// Import and export of a project's <c>user_stories.md</c> (key: project id). Import is all or nothing: the
/// whole file is checked, and every title reserved, before the first story is written.
/// </summary>
[Alias("CodeMySpec.Stories.IStoryMarkdownGrain")]
public interface IStoryMarkdownGrain : IGrainWithGuidKey
{
    /// <summary>Creates one story per <c>## Title</c> section; refuses the whole file if any title exists in the project.</summary>
    [Alias("Import")]
    Task<StoryImport> ImportAsync(Scope scope, string markdown);

    /// <summary>Creates several stories at once, all or none (create_stories): every draft is checked and every title reserved first.</summary>
    [Alias("CreateMany")]
    Task<StoryImport> CreateManyAsync(Scope scope, ImmutableArray<StoryDraft> drafts);

    /// <summary>The project's stories as markdown, in creation order, under the <c># Project</c> heading.</summary>
    [Alias("Export")]
    Task<string> ExportAsync(Scope scope);
}
