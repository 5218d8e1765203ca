using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using Orleans.Concurrency;

namespace CodeMySpec.Sessions;

/// <summary>
/// The session list of one project: a query over the sessions' stored headers (<see cref="ISessionStore.ListAsync"/>),
/// which every acknowledged change of a session updates in the same transaction, so the list is never behind.
/// </summary>
/// <remarks>It holds nothing, so any silo may answer for any project, and several lists of one project at once.</remarks>
[StatelessWorker]
internal sealed class SessionIndexGrain(ISessionStore store) : Grain, ISessionIndexGrain
{
    public async Task<SessionList> ListAsync(Scope scope, SessionQuery query)
    {
        var projectId = this.GetPrimaryKey();
        await GrainFactory.GetGrain<IProjectGrain>(projectId).AuthorizeAsync(scope, ProjectAccess.Read);
        if (query.Limit is < 1 or > SessionQuery.MaxLimit)
        {
            throw DomainException.Invalid("limit", $"Use a limit from 1 to {SessionQuery.MaxLimit}.");
        }

        return await store.ListAsync(projectId, query);
    }
}
