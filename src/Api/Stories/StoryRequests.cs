using CodeMySpec.Stories;

namespace CodeMySpec.Api.Stories;

/// <summary>Body of POST /api/projects/{projectId}/stories.</summary>
public sealed record CreateStoryRequest(string Title, string Description, IReadOnlyList<string>? Criteria, StoryStatus? Status, int? Priority, Guid? ComponentId)
{
    public StoryDraft ToDraft() =>
        new(Title ?? "", Description ?? "", [.. Criteria ?? []], Status ?? StoryStatus.InProgress, Priority ?? 0, ComponentId);
}

/// <summary>Body of PATCH /api/projects/{projectId}/stories/{storyId}: fields left out are kept; criteria replace the unverified ones.</summary>
public sealed record UpdateStoryRequest(string? Title, string? Description, IReadOnlyList<string>? Criteria, StoryStatus? Status, int? Priority)
{
    public StoryUpdate ToUpdate() => new(Title, Description, Criteria is null ? null : [.. Criteria], Status, Priority);
}

/// <summary>Body of the criterion endpoints that take a text.</summary>
public sealed record CriterionRequest(string Description);

/// <summary>Body of PUT /api/projects/{projectId}/stories/{storyId}/criteria/order.</summary>
public sealed record CriteriaOrderRequest(IReadOnlyList<Guid> CriterionIds);

/// <summary>Body of PUT /api/projects/{projectId}/stories/{storyId}/component.</summary>
public sealed record StoryComponentRequest(Guid ComponentId);

/// <summary>Body of POST /api/projects/{projectId}/stories/import: the whole <c>user_stories.md</c> as a JSON string.</summary>
public sealed record ImportStoriesRequest(string Markdown);
