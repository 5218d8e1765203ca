using System.Collections.Immutable;
using CodeMySpec.Security;
using Orleans.Concurrency;

namespace CodeMySpec.Stories;

/// <summary>
/// One story (key: story id) of one project. Every call needs a scope naming the story's project
/// (<see cref="Scope.ProjectId"/>); the project grain decides whether the caller may read or write it.
/// </summary>
[Alias("CodeMySpec.Stories.IStoryGrain")]
public interface IStoryGrain : IGrainWithGuidKey
{
    /// <summary>Creates the story in the scope's project; a repeat of the same call returns it.</summary>
    [Alias("Create")]
    Task<StoryDetails> CreateAsync(Scope scope, StoryDraft draft);

    /// <summary>
    /// Creates the story for an import that reserved its title already: like <see cref="CreateAsync"/> (the title is
    /// still checked), but the importer records all new stories in the index in one write.
    /// </summary>
    [Alias("CreateImported")]
    Task<StoryDetails> CreateImportedAsync(Scope scope, StoryDraft draft);

    /// <summary>Returns the story.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<StoryDetails> GetAsync(Scope scope);

    /// <summary>Changes the fields the update names; new criteria replace only the unverified ones (verified ones stay).</summary>
    [Alias("Update")]
    Task<StoryDetails> UpdateAsync(Scope scope, StoryUpdate update);

    /// <summary>Deletes the story and frees its title.</summary>
    [Alias("Delete")]
    Task DeleteAsync(Scope scope);

    /// <summary>Appends a criterion.</summary>
    [Alias("AddCriterion")]
    Task<StoryDetails> AddCriterionAsync(Scope scope, string description);

    /// <summary>Rewrites a criterion (agents: unverified ones only).</summary>
    [Alias("UpdateCriterion")]
    Task<StoryDetails> UpdateCriterionAsync(Scope scope, Guid criterionId, string description);

    /// <summary>Removes a criterion (agents: unverified ones only).</summary>
    [Alias("DeleteCriterion")]
    Task<StoryDetails> DeleteCriterionAsync(Scope scope, Guid criterionId);

    /// <summary>Puts the criteria in the given order; the list must name each criterion exactly once.</summary>
    [Alias("ReorderCriteria")]
    Task<StoryDetails> ReorderCriteriaAsync(Scope scope, ImmutableArray<Guid> criterionIds);

    /// <summary>Marks a criterion verified (people only).</summary>
    [Alias("VerifyCriterion")]
    Task<StoryDetails> VerifyCriterionAsync(Scope scope, Guid criterionId);

    /// <summary>Marks a criterion unverified again (people only).</summary>
    [Alias("UnverifyCriterion")]
    Task<StoryDetails> UnverifyCriterionAsync(Scope scope, Guid criterionId);

    /// <summary>Links the component that satisfies the story (set_story_component).</summary>
    [Alias("SetComponent")]
    Task<StoryDetails> SetComponentAsync(Scope scope, Guid componentId);

    /// <summary>Unlinks the story's component (clear_story_component).</summary>
    [Alias("ClearComponent")]
    Task<StoryDetails> ClearComponentAsync(Scope scope);

    /// <summary>Sets the priority.</summary>
    [Alias("SetPriority")]
    Task<StoryDetails> SetPriorityAsync(Scope scope, int priority);

    /// <summary>Sets the status.</summary>
    [Alias("SetStatus")]
    Task<StoryDetails> SetStatusAsync(Scope scope, StoryStatus status);

    /// <summary>The full version history, oldest first.</summary>
    [ReadOnly]
    [Alias("GetHistory")]
    Task<ImmutableArray<StoryRevision>> GetHistoryAsync(Scope scope);
}
