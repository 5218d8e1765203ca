using System.Collections.Immutable;
using CodeMySpec.Security;
using Orleans.Concurrency;

namespace CodeMySpec.Stories;

/// <summary>
/// The story index of one project (key: project id): which story holds which title (titles are unique per
/// project, ignoring case), and the summaries behind listing and search. Story grains reserve a title here
/// before they write, and record their summary after.
/// </summary>
[Alias("CodeMySpec.Stories.IStoryIndexGrain")]
public interface IStoryIndexGrain : IGrainWithGuidKey
{
    /// <summary>Reserves titles for stories, all or none: a title another story holds refuses the whole call (Conflict, naming them).</summary>
    [Alias("Reserve")]
    Task ReserveAsync(Scope scope, ImmutableArray<StoryTitle> titles);

    /// <summary>Records stories' summaries (and descriptions, for search) in one write; frees titles they no longer use.</summary>
    [Alias("Record")]
    Task RecordAsync(Scope scope, ImmutableArray<StoryRecord> stories);

    /// <summary>Forgets a story and frees its titles.</summary>
    [Alias("Release")]
    Task ReleaseAsync(Scope scope, Guid storyId);

    /// <summary>A page of stories, in creation order, optionally filtered by a search text.</summary>
    [ReadOnly]
    [Alias("List")]
    Task<StoryPage> ListAsync(Scope scope, StoryQuery query);

    /// <summary>Every story title, in creation order.</summary>
    [ReadOnly]
    [Alias("Titles")]
    Task<ImmutableArray<string>> TitlesAsync(Scope scope);

    /// <summary>Every story id, in creation order.</summary>
    /// <summary>Every recorded story's summary (title, status, component), for analyses over the whole project.</summary>
    [ReadOnly]
    [Alias("Summaries")]
    Task<ImmutableArray<StorySummary>> SummariesAsync(Scope scope);

    /// <summary>The ids of every recorded story.</summary>
    [ReadOnly]
    [Alias("StoryIds")]
    Task<ImmutableArray<Guid>> StoryIdsAsync(Scope scope);
}

/// <summary>A title a story wants to hold.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryTitle")]
public sealed record StoryTitle([property: Id(0)] Guid StoryId, [property: Id(1)] string Title);

/// <summary>What the index keeps of a story: its summary, and its description for search.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Stories.StoryRecord")]
public sealed record StoryRecord([property: Id(0)] StorySummary Summary, [property: Id(1)] string Description);
