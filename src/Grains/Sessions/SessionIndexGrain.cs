using CodeMySpec.Errors;
using CodeMySpec.Persistence;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Sessions;

/// <summary>
/// The session list of one project. Sessions record their summary here after each change they acknowledged, so the
/// list follows them; a summary older than the one held is ignored (records may arrive out of order).
/// </summary>
internal sealed class SessionIndexGrain(
    [PersistentState("session_index", StorageProviders.Postgres)] IPersistentState<SessionIndexState> state) : Grain, ISessionIndexGrain
{
    public async Task RecordAsync(Scope scope, SessionSummary summary)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        if (state.State.Sessions.TryGetValue(summary.Id, out var held) && (held == summary || held.UpdatedAt > summary.UpdatedAt))
        {
            return;
        }

        state.State.Sessions[summary.Id] = summary;
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
