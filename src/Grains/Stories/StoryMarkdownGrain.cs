using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using Orleans.Concurrency;

namespace CodeMySpec.Stories;

/// <summary>
/// Import and export of <c>user_stories.md</c>. It holds no state: the story index decides about titles and
/// each story grain about its story. Import checks the whole file and reserves every title (all or none)
/// before the first story is written, so a clash or a mistake anywhere leaves the project untouched.
/// </summary>
[StatelessWorker]
internal sealed class StoryMarkdownGrain : Grain, IStoryMarkdownGrain
{
    // Bounded fan-out: enough to hide round trips, few enough not to flood the silo with one import.
    private const int Parallelism = 16;

    /// <summary>The most stories one create_stories call may hold.</summary>
    public const int MaxBatch = 200;

    private Guid ProjectId => this.GetPrimaryKey();

    public async Task<StoryImport> ImportAsync(Scope scope, string markdown)
    {
        await GrainFactory.GetGrain<IProjectGrain>(ProjectId).AuthorizeAsync(scope, ProjectAccess.Write);
        var document = StoryMarkdownReader.Read(markdown);
        return new StoryImport(document.Heading, await CreateAllAsync(scope, document.Stories));
    }

    public async Task<StoryImport> CreateManyAsync(Scope scope, ImmutableArray<StoryDraft> drafts)
    {
        await GrainFactory.GetGrain<IProjectGrain>(ProjectId).AuthorizeAsync(scope, ProjectAccess.Write);
        if (drafts.IsDefaultOrEmpty)
        {
            throw DomainException.Invalid("stories", "Give at least one story.");
        }

        if (drafts.Length > MaxBatch)
        {
            throw DomainException.Invalid("stories", $"At most {MaxBatch} stories per call; split the list.");
        }

        var errors = drafts.SelectMany((draft, i) => StoryRules.Validate(draft).Select(e => e with { Field = $"stories[{i}].{e.Field}" })).ToList();
        var duplicates = drafts.GroupBy(d => StoryRules.TitleKey(d.Title ?? "")).Where(g => g.Count() > 1).Select(g => g.First().Title).ToList();
        errors.AddRange(duplicates.Select(t => new FieldError("stories", $"The title '{t}' appears more than once in the list.")));
        if (errors.Count > 0)
        {
            throw DomainException.Invalid(errors);
        }

        return new StoryImport(null, await CreateAllAsync(scope, [.. drafts.Select(StoryRules.Normalize)]));
    }

    /// <summary>Reserves every title (all or none), creates the stories, then records them in one index write.</summary>
    private async Task<ImmutableArray<StorySummary>> CreateAllAsync(Scope scope, IReadOnlyList<StoryDraft> drafts)
    {
        var planned = drafts.Select(draft => (Id: Guid.NewGuid(), Draft: draft)).ToList();
        await GrainFactory.GetGrain<IStoryIndexGrain>(ProjectId)
            .ReserveAsync(scope, [.. planned.Select(p => new StoryTitle(p.Id, p.Draft.Title))]);

        var created = new StoryDetails[planned.Count];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, planned.Count), Options(),
                async (i, _) => created[i] = await GrainFactory.GetGrain<IStoryGrain>(planned[i].Id).CreateImportedAsync(scope, planned[i].Draft));
        }
        catch
        {
            // Every draft was valid and every title free, so this is an infrastructure failure: take back what was
            // written (best effort) so that the project keeps no part of the batch and a retry can start over.
            await UndoAsync(scope, planned.Select(p => p.Id));
            throw;
        }

        // One index write for the whole batch instead of one per story.
        await GrainFactory.GetGrain<IStoryIndexGrain>(ProjectId).RecordAsync(scope, [.. created.Select(StoryGrain.Record)]);
        return [.. created.Select(s => new StorySummary(s.Id, s.Title, s.Status, s.Priority, s.ComponentId, StoryRules.ShortDescription(s.Description)))];
    }

    public async Task<string> ExportAsync(Scope scope)
    {
        var project = await GrainFactory.GetGrain<IProjectGrain>(ProjectId).GetAsync(scope);
        var ids = await GrainFactory.GetGrain<IStoryIndexGrain>(ProjectId).StoryIdsAsync(scope);
        var stories = new StoryDetails[ids.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), Options(),
            async (i, _) => stories[i] = await GrainFactory.GetGrain<IStoryGrain>(ids[i]).GetAsync(scope));
        return StoryMarkdownWriter.Write(project.Definition.Name,
            stories.Select(s => new StoryDraft(s.Title, s.Description, [.. s.Criteria.Select(c => c.Description)])));
    }

    private async Task UndoAsync(Scope scope, IEnumerable<Guid> storyIds)
    {
        var index = GrainFactory.GetGrain<IStoryIndexGrain>(ProjectId);
        foreach (var storyId in storyIds)
        {
            try
            {
                await index.ReleaseAsync(scope, storyId);
                await GrainFactory.GetGrain<IStoryGrain>(storyId).DeleteAsync(scope);
            }
            catch (DomainException)
            {
                // Never created: releasing its title was all there was to undo.
            }
        }
    }

    // The grain's scheduler, so that the calls keep the grain's context.
    private static ParallelOptions Options() => new() { MaxDegreeOfParallelism = Parallelism, TaskScheduler = TaskScheduler.Current };
}
