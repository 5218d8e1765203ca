using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Stories;

/// <summary>
/// One story. Its title is reserved in the project's story index before the story writes, and its summary is
/// recorded there after, so that two stories never hold one title and the listing follows the stories.
/// </summary>
internal sealed partial class StoryGrain(
    [PersistentState("story", StorageProviders.Postgres)] IPersistentState<StoryState> state,
    TimeProvider clock,
    IClusterMembershipService membership,
    IGrainFactory grains) : Grain, IStoryGrain, IProjectAccessWatcher
{
    // Reads are the agents' hot path: the project's answer for an agent is remembered until the project says otherwise.
    private readonly ProjectAccessMemo _access = new(membership, grains);

    private Guid Id => this.GetPrimaryKey();

    private StoryDetails Story => state.State.Story!;

    public async Task<StoryDetails> CreateAsync(Scope scope, StoryDraft draft)
    {
        var story = await CreateUnrecordedAsync(scope, draft);
        await Index.RecordAsync(scope, [Record(story)]);
        return story;
    }

    public Task<StoryDetails> CreateImportedAsync(Scope scope, StoryDraft draft) => CreateUnrecordedAsync(scope, draft);

    /// <summary>The record the story index keeps of a story.</summary>
    public static StoryRecord Record(StoryDetails story) => new(Summary(story), story.Description);

    private async Task<StoryDetails> CreateUnrecordedAsync(Scope scope, StoryDraft draft)
    {
        var projectId = scope.ProjectId ?? throw DomainException.Invalid("project_id", "Name the project the story belongs to.");
        await Project(projectId).AuthorizeAsync(scope, ProjectAccess.Write);
        var errors = StoryRules.Validate(draft);
        var normalized = errors.Length > 0 ? throw DomainException.Invalid(errors) : StoryRules.Normalize(draft);
        if (state.RecordExists)
        {
            // A retried create is answered (the caller records it in the index again, finishing what a first try may have missed).
            if (Story.ProjectId != projectId || Story.Title != normalized.Title || Story.Description != normalized.Description
                || !Story.Criteria.Select(c => c.Description).SequenceEqual(normalized.Criteria))
            {
                throw DomainException.Conflict($"Story {Id} already exists.");
            }

            return Story;
        }

        await IndexOf(projectId).ReserveAsync(scope, [new StoryTitle(Id, normalized.Title)]);
        var now = clock.GetUtcNow();
        var story = new StoryDetails(Id, projectId, normalized.Title, normalized.Description, normalized.Status, normalized.Priority,
            normalized.ComponentId, [.. normalized.Criteria.Select(text => new Criterion(Guid.NewGuid(), text, false, null))], 1, now, now);
        state.State = new StoryState { Story = story, History = [new StoryRevision(1, now, scope.Actor, "created", StoryChanges.Diff(null, story))] };
        await state.WriteOrDiscardAsync(this);
        return story;
    }

    public Task<StoryDetails> GetAsync(Scope scope) => AuthorizeAsync(scope, ProjectAccess.Read);

    public async Task<StoryDetails> UpdateAsync(Scope scope, StoryUpdate update)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        var errors = StoryRules.Validate(update);
        if (errors.Length > 0)
        {
            throw DomainException.Invalid(errors);
        }

        var criteria = update.Criteria is { } texts
            ? StoryChanges.Merge(story.Criteria, texts.IsDefault ? [] : [.. texts.Select(StoryRules.NormalizeText)])
            : story.Criteria;
        if (criteria.Length > StoryRules.MaxCriteria)
        {
            throw DomainException.Invalid("criteria",
                $"With the {story.Criteria.Count(c => c.Verified)} verified criteria kept, the story would have {criteria.Length}; keep it to {StoryRules.MaxCriteria}.");
        }

        return await ChangeAsync(scope, "updated", story with
        {
            Title = update.Title is null ? story.Title : StoryRules.NormalizeText(update.Title),
            Description = update.Description is null ? story.Description : StoryRules.NormalizeText(update.Description),
            Status = update.Status ?? story.Status,
            Priority = update.Priority ?? story.Priority,
            Criteria = criteria,
        });
    }

    public async Task DeleteAsync(Scope scope)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        if (scope.Actor.Kind == ActorKind.AgentClient && story.Criteria.Any(c => c.Verified))
        {
            throw DomainException.Forbidden("The story has verified criteria; only a person may delete it.");
        }

        // Leave the index first: a failure in between leaves a story that a retry can still delete.
        await Index.ReleaseAsync(scope, Id);
        await state.ClearStateAsync();
    }

    public async Task<ImmutableArray<StoryRevision>> GetHistoryAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return [.. state.State.History];
    }

    private IStoryIndexGrain Index => IndexOf(Story.ProjectId);

    private IStoryIndexGrain IndexOf(Guid projectId) => GrainFactory.GetGrain<IStoryIndexGrain>(projectId);

    private IProjectGrain Project(Guid projectId) => GrainFactory.GetGrain<IProjectGrain>(projectId);

    private async Task<StoryDetails> AuthorizeAsync(Scope scope, ProjectAccess access)
    {
        // A story of another project (or none) is not found; the project grain then decides about the caller.
        if (!state.RecordExists || scope.ProjectId != Story.ProjectId)
        {
            throw DomainException.NotFound($"Story {Id} was not found in project {scope.ProjectId}.");
        }

        await _access.AuthorizeAsync(this, Story.ProjectId, scope, access);
        return Story;
    }

    public Task ProjectAccessChangedAsync(Guid projectId)
    {
        _access.Forget();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _access.UnwatchAsync();

    /// <summary>Writes a new version when anything differs (a repeated call changes nothing), and keeps the index in step.</summary>
    private async Task<StoryDetails> ChangeAsync(Scope scope, string action, StoryDetails next)
    {
        var previous = Story;
        var changes = StoryChanges.Diff(previous, next);
        if (changes.IsEmpty)
        {
            return previous;
        }

        if (next.Title != previous.Title)
        {
            await Index.ReserveAsync(scope, [new StoryTitle(Id, next.Title)]);
        }

        var now = clock.GetUtcNow();
        next = next with { Version = previous.Version + 1, UpdatedAt = now };
        state.State.Story = next;
        state.State.History.Add(new StoryRevision(next.Version, now, scope.Actor, action, changes));
        await state.WriteOrDiscardAsync(this);
        if (Summary(next) != Summary(previous) || next.Description != previous.Description)
        {
            await Index.RecordAsync(scope, [Record(next)]);
        }

        return next;
    }

    private static StorySummary Summary(StoryDetails story) =>
        new(story.Id, story.Title, story.Status, story.Priority, story.ComponentId, StoryRules.ShortDescription(story.Description));
}
