namespace CodeMySpec.Silo.Health;

/// <summary>Set the moment shutdown begins, so readiness turns false before the silo leaves the cluster.</summary>
internal sealed class SiloLifecycleState
{
    private volatile bool _stopping;

    public bool IsStopping => _stopping;

    public void MarkStopping() => _stopping = true;
}
