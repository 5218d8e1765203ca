using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Coordinator;

/// <summary>
/// A project's coordinator. Evidence (files, tests) lives in memory and in row-per-item storage; claims and approvals
/// are small grain state. Requirement status is kept by <see cref="RequirementModel"/>, which re-evaluates only what a
/// change of evidence, spec or approval touches; a change of the architecture's shape rebuilds it. Evidence
/// reports do not interleave; the claim methods do (see <see cref="WriteAsync"/>), but each picks and records its claim
/// without an await in between, which is what makes claims atomic.
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
    private RequirementModel? _model;
    private long _architectureVersion;

    // The last report text this activation applied and what it read from it. Agents re-send the same run with every
    // sync; while the tests and the graph it was attributed against did not change since, the same text reads the same
    // (it was valid then), so it is neither parsed nor compared again. Held only while the activation lives.
    private (string Text, RequirementGraph Graph, long TestsVersion, ImmutableArray<FileTests> Tests)? _lastReport;
    private long _testsVersion;
    private Task _lastWrite = Task.CompletedTask;
    private bool _writeQueued;

    private Guid Id => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(Id, cancellationToken);
        _files.UnionWith(stored.Files);
        foreach (var tests in stored.Tests)
        {
            _tests[tests.File] = tests;
        }

        _evidenceVersion = stored.Version;
    }

    public async Task<SyncOutcome> SyncAsync(Scope scope, ProjectSync sync)
    {
        var model = await AuthorizedModelAsync(scope, ProjectAccess.Write);
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

        var tests = sync.TestReport is null ? [] : Read(sync.TestReport, model);
        var changes = sync.FullList
            ? EvidenceDiff.FullList(_files, added, _tests, tests)
            : EvidenceDiff.Delta(_files, added, removed, _tests, tests);
        await SaveAsync(changes);
        Remember(sync.TestReport, model, tests);
        return Outcome(tests);
    }

    public async Task<SyncOutcome> ReportTestsAsync(Scope scope, string report)
    {
        var model = await AuthorizedModelAsync(scope, ProjectAccess.Write);
        var tests = Read(report, model);
        await SaveAsync(EvidenceDiff.Delta(_files, [], [], _tests, tests));
        Remember(report, model, tests);
        return Outcome(tests);
    }

    public async Task<ImmutableArray<ComponentRequirements>> ListRequirementsAsync(Scope scope, Guid? componentId)
    {
        var model = await AuthorizedModelAsync(scope, ProjectAccess.Read);
        if (componentId is not { } id)
        {
            return model.Components;
        }

        return model.Find(id) is { } one ? [one] : throw DomainException.NotFound($"Component {id} was not found in project {Id}.");
    }

    public async Task<ImmutableArray<NextAction>> GetNextActionsAsync(Scope scope, int limit)
    {
        var model = await AuthorizedModelAsync(scope, ProjectAccess.Read);
        if (limit is < 1 or > 200)
        {
            throw DomainException.Invalid("limit", "Ask for 1 to 200 next actions.");
        }

        var held = new ClaimLines(model.Graph, LiveClaims(clock.GetUtcNow()));
        return [.. model.NextActions(held.Holds).Take(limit)];
    }

    private IArchitectureGrain Architecture => GrainFactory.GetGrain<IArchitectureGrain>(Id);

    // Tenancy is the project grain's decision: it knows the owning account and the granted agents.
    private Task AuthorizeAsync(Scope scope, ProjectAccess access) => GrainFactory.GetGrain<IProjectGrain>(Id).AuthorizeAsync(scope, access);

    /// <summary>
    /// Writes the changes under the evidence version this activation loaded, then applies them. A failed write (also a
    /// version conflict: another activation wrote first) drops the activation so the next call reloads what was stored.
    /// </summary>
    private async Task SaveAsync(EvidenceChanges changes)
    {
        try
        {
            _evidenceVersion = await store.SaveAsync(Id, _evidenceVersion, changes);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        _files.ExceptWith(changes.RemovedFiles);
        _files.UnionWith(changes.AddedFiles);
        foreach (var tests in changes.Tests)
        {
            _tests[tests.File] = tests;
        }

        _testsVersion += changes.Tests.Count > 0 ? 1 : 0;

        _model?.Update(_model.Inputs, new RequirementChange([.. changes.AddedFiles, .. changes.RemovedFiles, .. changes.Tests.Select(t => t.File)], []));
    }

    private ImmutableArray<FileTests> Read(string report, RequirementModel model) =>
        _lastReport is { } last && last.Graph == model.Graph && last.TestsVersion == _testsVersion && string.Equals(last.Text, report, StringComparison.Ordinal)
            ? last.Tests
            : EvidenceRules.ReadReport(report, model.Graph.TestFiles, clock.GetUtcNow());

    private void Remember(string? report, RequirementModel model, ImmutableArray<FileTests> tests)
    {
        if (report is not null)
        {
            _lastReport = (report, model.Graph, _testsVersion, tests);
        }
    }

    // The model as it is now: an interleaved claim may have replaced it while the report was being stored.
    private SyncOutcome Outcome(ImmutableArray<FileTests> tests) =>
        new(_files.Count, tests.Sum(t => t.Tests.Length), tests.Count(t => t.File.Length > 0), _model!.Graph.Order.Length, _model.CompleteCount,
            _model.ActionableCount);
}
