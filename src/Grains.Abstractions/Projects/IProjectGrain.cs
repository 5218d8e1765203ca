using CodeMySpec.Security;
using Orleans.Concurrency;

namespace CodeMySpec.Projects;

/// <summary>
/// One project (key: project id) of one account. People reach it through their membership of that
/// account; agent clients only when the project lists them and their scope names this project.
/// </summary>
[Alias("CodeMySpec.Projects.IProjectGrain")]
public interface IProjectGrain : IGrainWithGuidKey
{
    /// <summary>Creates the project in the scope's account (owner or admin); a repeat of the same call returns it.</summary>
    [Alias("Create")]
    Task<ProjectDetails> CreateAsync(Scope scope, ProjectDefinition definition);

    /// <summary>Returns the project.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<ProjectDetails> GetAsync(Scope scope);

    /// <summary>Replaces the project's settings (owner or admin).</summary>
    [Alias("Update")]
    Task<ProjectDetails> UpdateAsync(Scope scope, ProjectDefinition definition);

    /// <summary>Lets an agent client act on this project (owner or admin).</summary>
    [Alias("GrantAgent")]
    Task<ProjectDetails> GrantAgentAsync(Scope scope, string clientId);

    /// <summary>Stops an agent client from acting on this project (owner or admin).</summary>
    [Alias("RevokeAgent")]
    Task<ProjectDetails> RevokeAgentAsync(Scope scope, string clientId);

    /// <summary>
    /// Refuses (DomainException) unless the scope may act on this project with that access. Grains that hold
    /// a project's content (stories, architecture) ask this first: tenancy is decided here, at the grain.
    /// </summary>
    [ReadOnly]
    [Alias("Authorize")]
    Task AuthorizeAsync(Scope scope, ProjectAccess access);

    /// <summary>
    /// Like <see cref="AuthorizeAsync"/>, for a grain that remembers allowed decisions. When the decision rests on this
    /// project's own state (an agent client's grant), the watcher is told before that state changes against it, and the
    /// answer is the silo of this project's activation (the decision holds while that silo is alive and the watcher was
    /// not told otherwise). Null means the decision must be asked again next time.
    /// </summary>
    [Alias("AuthorizeAndWatch")]
    Task<SiloAddress?> AuthorizeAndWatchAsync(Scope scope, ProjectAccess access, IProjectAccessWatcher watcher);

    /// <summary>Stops telling a watcher (it deactivates). One-way: a watcher never waits on the project to go.</summary>
    [OneWay]
    [Alias("Unwatch")]
    Task UnwatchAsync(IProjectAccessWatcher watcher);

    /// <summary>Tells a person who is a member of the owning account which account that is; anyone else learns nothing.</summary>
    [Alias("Locate")]
    Task<Guid> LocateAsync(Actor person);

    /// <summary>Deletes the project (owner or admin).</summary>
    [Alias("Delete")]
    Task DeleteAsync(Scope scope);
}
