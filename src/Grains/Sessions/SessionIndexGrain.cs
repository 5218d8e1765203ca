using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Sessions;

/// <summary>
/// The session list of one project. Sessions record their summary here after each change they acknowledged, so the
/// list follows them; a summary older than the one held is ignored (records may arrive out of order).
/// </summary>
/// <remarks>
/// A new session and every change of status are written before the call returns. A step change inside a live
/// session only moves the list's "step" column, so those are gathered and written at most once per
/// <see cref="StepFlushDelay"/> (and on deactivation): with many agents in one project the list would otherwise
/// be rewritten on every result. If a silo dies in between, the list shows an earlier step of a live session
/// until its next record; the session itself is never behind.
/// </remarks>
internal sealed class SessionIndexGrain(
    [PersistentState("session_index", StorageProviders.Postgres)] IPersistentState<SessionIndexState> state) : Grain, ISessionIndexGrain
{
    public static readonly TimeSpan StepFlushDelay = TimeSpan.FromSeconds(1);

    private IGrainTimer? _flush;

    public async Task RecordAsync(Scope scope, SessionSummary summary)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var known = state.State.Sessions.TryGetValue(summary.Id, out var held);
        if (known && (held == summary || held!.UpdatedAt > summary.UpdatedAt))
        {
            return;
        }

        state.State.Sessions[summary.Id] = summary;
        if (known && held!.Status == summary.Status)
        {
            _flush ??= this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(StepFlushDelay, Timeout.InfiniteTimeSpan) { Interleave = false });
            return;
        }

        await WriteAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_flush is not null)
        {
            await WriteAsync();
        }
    }

    private Task FlushAsync(CancellationToken cancellationToken) => WriteAsync();

    private async Task WriteAsync()
    {
        _flush?.Dispose();
        _flush = null;
        await state.WriteOrDiscardAsync(this);
    }

    public async Task<SessionList> ListAsync(Scope scope, SessionQuery query)
    {
        await AuthorizeAsync(scope, ProjectAccess.Read);
        if (query.Limit is < 1 or > SessionQuery.MaxLimit)
        {
            throw DomainException.Invalid("limit", $"Use a limit from 1 to {SessionQuery.MaxLimit}.");
        }

        var matching = state.State.Sessions.Values
            .Where(s => (query.Status is null || s.Status == query.Status)
                && (query.Type is null || s.Type == query.Type)
                && (query.ComponentId is null || s.ComponentId == query.ComponentId))
            .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id)
            .ToList();
        return new SessionList([.. matching.Take(query.Limit)], matching.Count);
    }

    private Task AuthorizeAsync(Scope scope, ProjectAccess access) =>
        GrainFactory.GetGrain<IProjectGrain>(this.GetPrimaryKey()).AuthorizeAsync(scope, access);
}
