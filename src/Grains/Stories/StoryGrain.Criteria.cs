using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Stories;

internal sealed partial class StoryGrain
{
    public async Task<StoryDetails> AddCriterionAsync(Scope scope, string description)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        RequireValid(description);
        if (story.Criteria.Length >= StoryRules.MaxCriteria)
        {
            throw DomainException.Invalid("criteria", $"The story already has {StoryRules.MaxCriteria} criteria, the most it may have.");
        }

        var criterion = new Criterion(Guid.NewGuid(), StoryRules.NormalizeText(description), false, null);
        return await ChangeAsync(scope, "criterion_added", story with { Criteria = story.Criteria.Add(criterion) });
    }

    public async Task<StoryDetails> UpdateCriterionAsync(Scope scope, Guid criterionId, string description)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        var criterion = Editable(scope, story, criterionId);
        RequireValid(description);
        var edited = criterion with { Description = StoryRules.NormalizeText(description) };
        return await ChangeAsync(scope, "criterion_updated", story with { Criteria = story.Criteria.Replace(criterion, edited) });
    }

    public async Task<StoryDetails> DeleteCriterionAsync(Scope scope, Guid criterionId)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        var criterion = Editable(scope, story, criterionId);
        return await ChangeAsync(scope, "criterion_deleted", story with { Criteria = story.Criteria.Remove(criterion) });
    }

    public async Task<StoryDetails> ReorderCriteriaAsync(Scope scope, ImmutableArray<Guid> criterionIds)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        var ids = criterionIds.IsDefault ? [] : criterionIds;
        var byId = story.Criteria.ToDictionary(c => c.Id);
        if (ids.Length != byId.Count || ids.Distinct().Count() != ids.Length || !ids.All(byId.ContainsKey))
        {
            throw DomainException.Invalid("criterion_ids", $"List each of the story's {byId.Count} criterion ids exactly once, in the new order.");
        }

        return await ChangeAsync(scope, "criteria_reordered", story with { Criteria = [.. ids.Select(id => byId[id])] });
    }

    public Task<StoryDetails> VerifyCriterionAsync(Scope scope, Guid criterionId) => SetVerifiedAsync(scope, criterionId, true);

    public Task<StoryDetails> UnverifyCriterionAsync(Scope scope, Guid criterionId) => SetVerifiedAsync(scope, criterionId, false);

    public async Task<StoryDetails> SetComponentAsync(Scope scope, Guid componentId)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        if (componentId == Guid.Empty)
        {
            throw DomainException.Invalid("component_id", "Give the id of the component that satisfies the story.");
        }

        return await ChangeAsync(scope, "component_set", story with { ComponentId = componentId });
    }

    public async Task<StoryDetails> ClearComponentAsync(Scope scope)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        return await ChangeAsync(scope, "component_cleared", story with { ComponentId = null });
    }

    public async Task<StoryDetails> SetPriorityAsync(Scope scope, int priority)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        return await ChangeAsync(scope, "priority_set", story with { Priority = priority });
    }

    public async Task<StoryDetails> SetStatusAsync(Scope scope, StoryStatus status)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        if (!Enum.IsDefined(status))
        {
            throw DomainException.Invalid("status", "Use one of: in_progress, completed, dirty.");
        }

        return await ChangeAsync(scope, "status_set", story with { Status = status });
    }

    private async Task<StoryDetails> SetVerifiedAsync(Scope scope, Guid criterionId, bool verified)
    {
        var story = await AuthorizeAsync(scope, ProjectAccess.Write);
        if (scope.Actor.Kind != ActorKind.Person)
        {
            throw DomainException.Forbidden("Only a person verifies or unverifies acceptance criteria; agents cannot.");
        }

        var criterion = Find(story, criterionId);
        if (criterion.Verified == verified)
        {
            return story;
        }

        var changed = criterion with { Verified = verified, VerifiedAt = verified ? clock.GetUtcNow() : null };
        return await ChangeAsync(scope, verified ? "criterion_verified" : "criterion_unverified", story with { Criteria = story.Criteria.Replace(criterion, changed) });
    }

    private static Criterion Editable(Scope scope, StoryDetails story, Guid criterionId)
    {
        var criterion = Find(story, criterionId);
        return criterion.Verified && scope.Actor.Kind == ActorKind.AgentClient
            ? throw DomainException.Forbidden($"Criterion {criterionId} is verified and locked; only a person may change or delete it.")
            : criterion;
    }

    private static Criterion Find(StoryDetails story, Guid criterionId) =>
        story.Criteria.FirstOrDefault(c => c.Id == criterionId)
        ?? throw DomainException.NotFound($"Criterion {criterionId} was not found in story {story.Id}.");

    private static void RequireValid(string description)
    {
        if (StoryRules.CriterionError("description", description) is { } error)
        {
            throw DomainException.Invalid([error]);
        }
    }
}
