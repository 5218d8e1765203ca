using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Security;
using CodeMySpec.Stories;

namespace CodeMySpec.Api.Stories;

/// <summary>The project's stories as the architecture analyses see them, read with the caller's own scope.</summary>
internal static class StoryLinks
{
    public static async Task<ImmutableArray<StoryLink>> OfProjectAsync(IGrainFactory grains, Guid projectId, Scope scope) =>
        [.. (await grains.GetGrain<IStoryIndexGrain>(projectId).SummariesAsync(scope)).Select(s => new StoryLink(s.Id, s.Title, s.ComponentId))];
}
