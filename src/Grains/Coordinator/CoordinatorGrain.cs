using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Coordinator;

/// <summary>
/// A project's coordinator. Evidence (files, tests) lives in memory and in row-per-item storage; claims and approvals
/// are small grain state. Requirement status is computed by <see cref="RequirementEngine"/> from the architecture's
/// graph and specs plus the evidence, and cached until one of them changes. Not reentrant: claims are handed out one
/// call at a time, which is what makes them atomic.
/// </summary>
internal sealed partial class CoordinatorGrain(
    [PersistentState("coordinator", StorageProviders.Postgres)] IPersistentState<CoordinatorState> state,
    ICoordinatorStore store,
    CoordinatorSettings settings,
    TimeProvider clock) : Grain, ICoordinatorGrain
{
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileTests> _tests = new(StringComparer.Ordinal);
    private long _evidenceVersion;
    private (long Architecture, long Evidence, long Approvals, Evaluation Result)? _cache;
    private long _approvalsVersion;

    private Guid Id => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(Id, cancellationToken);
        _files.UnionWith(stored.Files);
        foreach (var tests in stored.Tests)
        {
            _tests[tests.File] = tests;
        }
    }

    public async Task<SyncOutcome> SyncAsync(Scope scope, ProjectSync sync)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var added = sync.Added.IsDefault ? [] : sync.Added;
        var removed = sync.Removed.IsDefault ? [] : sync.Removed;
        var errors = EvidenceRules.CheckPaths(sync.FullList ? "files" : "added", added).AddRange(EvidenceRules.CheckPaths("removed", removed));
        if (!errors.IsEmpty)
        {
            throw DomainException.Invalid(errors);
        }

        if (sync.FullList && !removed.IsEmpty)
        {
            throw DomainException.Invalid("removed", "A full file list replaces the held one; send either files, or added and removed paths.");
        }

        var snapshot = await Architecture.GetAsync(scope);
        var tests = sync.TestReport is null ? [] : EvidenceRules.ReadReport(sync.TestReport, TestFiles(snapshot), clock.GetUtcNow());
        await SaveAsync(sync.FullList ? FullListChanges(added, tests) : new EvidenceChanges(false, added, removed, tests));
        return await OutcomeAsync(scope, snapshot, tests);
    }

    public async Task<SyncOutcome> ReportTestsAsync(Scope scope, string report)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var snapshot = await Architecture.GetAsync(scope);
        var tests = EvidenceRules.ReadReport(report, TestFiles(snapshot), clock.GetUtcNow());
        await SaveAsync(new EvidenceChanges(false, [], [], tests));
        return await OutcomeAsync(scope, snapshot, tests);
    }

    public async Task<ImmutableArray<ComponentRequirements>> ListRequirementsAsync(Scope scope, Guid? componentId)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        var evaluation = await EvaluateAsync(scope, await Architecture.GetAsync(scope));
        if (componentId is not { } id)
        {
            return evaluation.Components;
        }

        return evaluation.ById.TryGetValue(id, out var one)
            ? [one]
            : throw DomainException.NotFound($"Component {id} was not found in project {Id}.");
    }

    public async Task<ImmutableArray<NextAction>> GetNextActionsAsync(Scope scope, int limit)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        if (limit is < 1 or > 200)
        {
            throw DomainException.Invalid("limit", "Ask for 1 to 200 next actions.");
        }

        var evaluation = await EvaluateAsync(scope, await Architecture.GetAsync(scope));
        var now = clock.GetUtcNow();
        var claimed = LiveClaims(now).Select(c => c.ComponentId).ToHashSet();
        return [.. evaluation.NextActions(claimed.Contains).Take(limit)];
    }

    private IArchitectureGrain Architecture => GrainFactory.GetGrain<IArchitectureGrain>(Id);

    // Tenancy is the project grain's decision: it knows the owning account and the granted agents.
    private Task AuthorizeAsync(Scope scope, ProjectAccess access) => GrainFactory.GetGrain<IProjectGrain>(Id).AuthorizeAsync(scope, access);

    private static HashSet<string> TestFiles(ArchitectureSnapshot snapshot) =>
        snapshot.Components.Select(c => ComponentTypes.Profile.PathsFor(c.ModuleName, c.Type).TestFile).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A full list as the difference to the held one (which mirrors the stored rows), so that resending a list of tens
    /// of thousands of paths writes only the paths that changed rather than deleting and inserting every row.
    /// </summary>
    private EvidenceChanges FullListChanges(ImmutableArray<string> files, ImmutableArray<FileTests> tests)
    {
        var list = files.ToHashSet(StringComparer.Ordinal);
        return new EvidenceChanges(false, [.. list.Where(f => !_files.Contains(f))], [.. _files.Where(f => !list.Contains(f))], tests);
    }

    /// <summary>Writes the changes, then applies them; on a failed write the activation is dropped so the next call reloads what was stored.</summary>
    private async Task SaveAsync(EvidenceChanges changes)
    {
        try
        {
            await store.SaveAsync(Id, changes);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        if (changes.ReplaceFiles)
        {
            _files.Clear();
        }

        _files.ExceptWith(changes.RemovedFiles);
        _files.UnionWith(changes.AddedFiles);
        foreach (var tests in changes.Tests)
        {
            _tests[tests.File] = tests;
        }

        _evidenceVersion++;
    }

    private async Task<SyncOutcome> OutcomeAsync(Scope scope, ArchitectureSnapshot snapshot, ImmutableArray<FileTests> tests)
    {
        var evaluation = await EvaluateAsync(scope, snapshot);
        return new SyncOutcome(_files.Count, tests.Sum(t => t.Tests.Length), tests.Count(t => t.File.Length > 0),
            evaluation.Components.Length, evaluation.Components.Count(c => c.Complete), evaluation.NextActions(_ => false).Count());
    }

    /// <summary>The engine's answer for the current graph, specs, evidence and approvals; a spec change moves the architecture's version.</summary>
    private async Task<Evaluation> EvaluateAsync(Scope scope, ArchitectureSnapshot snapshot)
    {
        if (_cache is { } cached && cached.Architecture == snapshot.Version && cached.Evidence == _evidenceVersion && cached.Approvals == _approvalsVersion)
        {
            return cached.Result;
        }

        var specs = await Architecture.ListSpecsAsync(scope);
        var inputs = new RequirementInputs(snapshot.Components, specs.ToDictionary(s => s.ComponentId, s => s.ContentHash), _files, _tests,
            state.State.Approvals.ToDictionary(a => a.Key, a => a.Value.ContentHash), ComponentTypes.Profile);
        var result = RequirementEngine.Evaluate(inputs);
        _cache = (snapshot.Version, _evidenceVersion, _approvalsVersion, result);
        return result;
    }

    private async Task WriteAsync()
    {
        await state.WriteOrDiscardAsync(this);
    }
}
