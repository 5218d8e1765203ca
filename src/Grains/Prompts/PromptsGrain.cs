using System.Collections.Concurrent;
using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using CodeMySpec.Stories;
using Orleans.Concurrency;

namespace CodeMySpec.Prompts;

/// <summary>
/// Reads what a persona prompt needs with the caller's scope and asks the engine for the text. Stateless, so
/// prompts for one project are built in parallel on any silo; the grains it reads decide about tenancy again.
/// </summary>
[StatelessWorker]
internal sealed class PromptsGrain : Grain, IPromptsGrain
{
    // Bounded fan-out: the engine shows the details of at most 40 stories, read 16 at a time.
    private const int Parallelism = 16;

    private Guid ProjectId => this.GetPrimaryKey();

    public async Task<PromptText> BuildAsync(Scope scope, PersonaPrompt persona)
    {
        var project = GrainFactory.GetGrain<IProjectGrain>(ProjectId);
        await project.AuthorizeAsync(scope, ProjectAccess.Read);
        if (!Enum.IsDefined(persona))
        {
            throw DomainException.Invalid("persona", $"Use one of: {string.Join(", ", PersonaPromptNames.Names)}.");
        }

        // Authorized above, so a scope bound to another project was refused; story grains need the project named.
        scope = scope with { ProjectId = ProjectId };
        var details = await project.GetAsync(scope);
        var stories = await GrainFactory.GetGrain<IStoryIndexGrain>(ProjectId).SummariesAsync(scope);
        var architectureGrain = GrainFactory.GetGrain<IArchitectureGrain>(ProjectId);
        var architecture = PersonaPrompts.NeedsArchitecture(persona) ? await architectureGrain.GetAsync(scope) : null;

        HealthSummary? health = null;
        ImmutableArray<Component> orphaned = [];
        if (PersonaPrompts.NeedsAnalyses(persona))
        {
            ImmutableArray<StoryLink> links = [.. stories.Select(s => new StoryLink(s.Id, s.Title, s.ComponentId))];
            health = await architectureGrain.GetHealthAsync(scope, links);
            orphaned = await architectureGrain.GetOrphanedContextsAsync(scope, links);
        }

        var read = await ReadStoriesAsync(scope, PersonaPrompts.StoriesToRead(persona, stories, architecture));
        return PersonaPrompts.Build(persona, new PromptData(details.Definition, stories, read, architecture, health, orphaned));
    }

    private async Task<ImmutableDictionary<Guid, StoryDetails>> ReadStoriesAsync(Scope scope, ImmutableArray<Guid> storyIds)
    {
        var read = new ConcurrentDictionary<Guid, StoryDetails>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, TaskScheduler = TaskScheduler.Current };
        await Parallel.ForEachAsync(storyIds, options, async (id, _) =>
        {
            try
            {
                read[id] = await GrainFactory.GetGrain<IStoryGrain>(id).GetAsync(scope);
            }
            catch (DomainException e) when (e.Kind == DomainErrorKind.NotFound)
            {
                // Deleted since the index listed it: the engine shows its summary without criteria.
            }
        });
        return read.ToImmutableDictionary();
    }
}
