using System.Collections.Immutable;
using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Stories;

/// <summary>
/// The story index of one project. Title uniqueness lives here because a grain handles one call at a time:
/// two stories reserving one title concurrently are served one after the other, and the second is refused.
/// </summary>
internal sealed class StoryIndexGrain(
    [PersistentState("story_index", StorageProviders.Postgres)] IPersistentState<StoryIndexState> state,
    IClusterMembershipService membership,
    IGrainFactory grains) : Grain, IStoryIndexGrain, IProjectAccessWatcher
{
    // Listing stories is an agent's second most common read: like a story, the index remembers the project's answer.
    private readonly ProjectAccessMemo _access = new(membership, grains);

    private StoryIndexState Index => state.State;

    public async Task ReserveAsync(Scope scope, ImmutableArray<StoryTitle> titles)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var wanted = titles.IsDefault ? [] : titles;
        var taken = wanted
            .Where(t => Index.Titles.TryGetValue(StoryRules.TitleKey(t.Title), out var holder) && holder != t.StoryId)
            .Select(t => $"'{t.Title}'")
            .ToList();
        if (taken.Count > 0)
        {
            throw DomainException.Conflict($"The project already has a story titled {string.Join(", ", taken)}; choose other titles.");
        }

        var clashes = wanted.GroupBy(t => StoryRules.TitleKey(t.Title)).Where(g => g.Select(t => t.StoryId).Distinct().Count() > 1).ToList();
        if (clashes.Count > 0)
        {
            throw DomainException.Conflict($"Two stories want the title '{clashes[0].First().Title}'.");
        }

        var changed = false;
        foreach (var title in wanted)
        {
            changed |= Index.Titles.TryAdd(StoryRules.TitleKey(title.Title), title.StoryId);
            if (!Index.Stories.ContainsKey(title.StoryId))
            {
                Index.Stories[title.StoryId] = new StoryIndexEntry { Ordinal = Index.NextOrdinal++ };
                changed = true;
            }
        }

        if (changed)
        {
            await state.WriteOrDiscardAsync(this);
        }
    }

    public async Task RecordAsync(Scope scope, ImmutableArray<StoryRecord> stories)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var records = stories.IsDefault ? [] : stories;
        var clash = records.FirstOrDefault(r => Index.Titles.TryGetValue(StoryRules.TitleKey(r.Summary.Title), out var holder) && holder != r.Summary.Id);
        if (clash is not null)
        {
            throw DomainException.Conflict($"The project already has a story titled '{clash.Summary.Title}'.");
        }

        foreach (var (summary, description) in records)
        {
            var key = StoryRules.TitleKey(summary.Title);
            Index.Titles[key] = summary.Id;
            foreach (var stale in Index.Titles.Where(t => t.Value == summary.Id && t.Key != key).Select(t => t.Key).ToList())
            {
                Index.Titles.Remove(stale);
            }

            if (!Index.Stories.TryGetValue(summary.Id, out var entry))
            {
                entry = Index.Stories[summary.Id] = new StoryIndexEntry { Ordinal = Index.NextOrdinal++ };
            }

            entry.Summary = summary;
            entry.Description = description;
        }

        await state.WriteOrDiscardAsync(this);
    }

    public async Task ReleaseAsync(Scope scope, Guid storyId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var titles = Index.Titles.Where(t => t.Value == storyId).Select(t => t.Key).ToList();
        titles.ForEach(key => Index.Titles.Remove(key));
        if (Index.Stories.Remove(storyId) || titles.Count > 0)
        {
            await state.WriteOrDiscardAsync(this);
        }
    }

    public async Task<StoryPage> ListAsync(Scope scope, StoryQuery query)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        var errors = new List<FieldError>();
        if (query.Limit is < 1 or > StoryQuery.MaxLimit)
        {
            errors.Add(new FieldError("limit", $"Use a limit from 1 to {StoryQuery.MaxLimit}."));
        }

        if (query.Offset < 0)
        {
            errors.Add(new FieldError("offset", "Use an offset of 0 or more."));
        }

        if (errors.Count > 0)
        {
            throw DomainException.Invalid(errors);
        }

        var search = query.Search?.Trim();
        var matching = Recorded()
            .Where(e => string.IsNullOrEmpty(search)
                || e.Summary!.Title.Contains(search, StringComparison.OrdinalIgnoreCase)
                || e.Description.Contains(search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new StoryPage([.. matching.Skip(query.Offset).Take(query.Limit).Select(e => e.Summary!)], matching.Count, query.Limit, query.Offset);
    }

    public async Task<ImmutableArray<string>> TitlesAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return [.. Recorded().Select(e => e.Summary!.Title)];
    }

    public async Task<ImmutableArray<StorySummary>> SummariesAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return [.. Recorded().Select(e => e.Summary!)];
    }

    public async Task<ImmutableArray<Guid>> StoryIdsAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        return [.. Recorded().Select(e => e.Summary!.Id)];
    }

    private IEnumerable<StoryIndexEntry> Recorded() => Index.Stories.Values.Where(e => e.Summary is not null).OrderBy(e => e.Ordinal);

    public Task ProjectAccessChangedAsync(Guid projectId)
    {
        _access.Forget();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _access.UnwatchAsync();

    private Task AuthorizeAsync(Scope scope, ProjectAccess access) => _access.AuthorizeAsync(this, this.GetPrimaryKey(), scope, access);
}
