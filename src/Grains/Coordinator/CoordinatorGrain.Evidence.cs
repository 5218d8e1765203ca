using System.Collections.Immutable;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using CodeMySpec.Stories;

namespace CodeMySpec.Coordinator;

/// <summary>Per-criterion test evidence over the project's stories.</summary>
internal sealed partial class CoordinatorGrain
{
    public async Task<ImmutableArray<StoryEvidence>> GetCriterionEvidenceAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        var ids = await GrainFactory.GetGrain<IStoryIndexGrain>(Id).StoryIdsAsync(scope);
        var stories = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IStoryGrain>(id).GetAsync(scope)));
        return CriterionEvidenceRules.Evaluate(stories, _tests.Values);
    }
}
