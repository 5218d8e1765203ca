using CodeMySpec.Security;

namespace CodeMySpec.Sessions;

/// <summary>The sessions of one project (key: project id), for listing by status, type and component.</summary>
[Alias("CodeMySpec.Sessions.ISessionIndexGrain")]
public interface ISessionIndexGrain : IGrainWithGuidKey
{
    /// <summary>The project's sessions matching the query, newest first.</summary>
    [Alias("List")]
    Task<SessionList> ListAsync(Scope scope, SessionQuery query);
}
