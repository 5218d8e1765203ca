namespace CodeMySpec.Stories;

/// <summary>The persisted state of a story grain (stored as JSON under the state name "story").</summary>
internal sealed class StoryState
{
    public StoryDetails? Story { get; set; }

    /// <summary>Every version, oldest first; entries are never rewritten.</summary>
    public List<StoryRevision> History { get; set; } = [];
}
