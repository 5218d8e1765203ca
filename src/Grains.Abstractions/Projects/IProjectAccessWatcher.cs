using Orleans.Concurrency;

namespace CodeMySpec.Projects;

/// <summary>
/// A grain that remembers a project's authorization decisions to serve reads without asking the project grain
/// each time. The project grain tells it to forget them before a change that could turn one into a refusal is
/// acknowledged (an agent revoked, the project deleted), so a refusal applies from the next call on.
/// </summary>
[Alias("CodeMySpec.Projects.IProjectAccessWatcher")]
public interface IProjectAccessWatcher : IGrain
{
    /// <summary>Forgets every decision remembered for the project. Interleaves, so a watcher waiting on the project never deadlocks with it.</summary>
    [AlwaysInterleave]
    [Alias("ProjectAccessChanged")]
    Task ProjectAccessChangedAsync(Guid projectId);
}
