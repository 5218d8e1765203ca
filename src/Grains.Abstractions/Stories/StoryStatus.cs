namespace CodeMySpec.Stories;

/// <summary>Where a story stands (DOMAIN.md §2); stored and sent as <c>in_progress</c>, <c>completed</c>, <c>dirty</c>.</summary>
public enum StoryStatus
{
    InProgress = 0,
    Completed = 1,
    Dirty = 2,
}
