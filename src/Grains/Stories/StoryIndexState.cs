namespace CodeMySpec.Stories;

/// <summary>The persisted state of a story index grain (stored as JSON under the state name "story_index").</summary>
internal sealed class StoryIndexState
{
    /// <summary>Title key (see <see cref="StoryRules.TitleKey"/>) → the story holding it, reserved or recorded.</summary>
    public Dictionary<string, Guid> Titles { get; set; } = [];

    public Dictionary<Guid, StoryIndexEntry> Stories { get; set; } = [];

    public int NextOrdinal { get; set; }
}

/// <summary>One story in the index; <see cref="Summary"/> is null while the story has reserved its title but not written yet.</summary>
internal sealed class StoryIndexEntry
{
    public int Ordinal { get; set; }

    public StorySummary? Summary { get; set; }

    public string Description { get; set; } = "";
}
