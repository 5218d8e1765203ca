using CodeMySpec.Security;

namespace CodeMySpec.Projects;

/// <summary>
/// The allowed decisions a grain holding one project's content remembers, so that a repeated call needs no hop to
/// the project grain. Only decisions the project grain made from its own state are remembered (it says so by
/// answering with its silo), until the project tells the grain to forget them (<see cref="IProjectAccessWatcher"/>)
/// or that silo leaves the cluster (a successor activation would not know the watcher). Refusals are never kept.
/// </summary>
internal sealed class ProjectAccessMemo(IClusterMembershipService membership, IGrainFactory grains)
{
    // A project grants a handful of agent clients; the bound only keeps a misuse from growing the activation.
    private const int MaxDecisions = 64;

    private readonly Dictionary<(Scope Scope, ProjectAccess Access), SiloAddress> _allowed = [];
    private IProjectGrain? _watched;
    private IProjectAccessWatcher? _self;
    private int _epoch;

    /// <summary>Refuses like the project grain, asking it only when no remembered decision covers the call.</summary>
    public async Task AuthorizeAsync(IAddressable owner, Guid projectId, Scope scope, ProjectAccess access)
    {
        if (_allowed.TryGetValue((scope, access), out var silo) && membership.CurrentSnapshot.GetSiloStatus(silo) == SiloStatus.Active)
        {
            return;
        }

        var epoch = _epoch;
        _self ??= owner.AsReference<IProjectAccessWatcher>();
        _watched = grains.GetGrain<IProjectGrain>(projectId);
        var decidedOn = await _watched.AuthorizeAndWatchAsync(scope, access, _self);

        // A notice that arrived while this call waited may be newer than the answer: then the answer is not kept.
        if (decidedOn is not null && epoch == _epoch)
        {
            if (_allowed.Count >= MaxDecisions)
            {
                _allowed.Clear();
            }

            _allowed[(scope, access)] = decidedOn;
        }
    }

    /// <summary>Forgets every decision (the project changed).</summary>
    public void Forget()
    {
        _epoch++;
        _allowed.Clear();
    }

    /// <summary>Tells the project to stop telling this grain (it deactivates).</summary>
    public Task UnwatchAsync() => _watched is { } project && _self is { } self ? project.UnwatchAsync(self) : Task.CompletedTask;
}
