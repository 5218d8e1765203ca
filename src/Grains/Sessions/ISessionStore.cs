namespace CodeMySpec.Sessions;

/// <summary>
/// Append-only storage of sessions: a small header per session and one row per interaction, so a step writes the
/// header and the interaction it touched instead of the whole audit trail. Each session carries a version: a save
/// names the version it started from and writes nothing if another writer moved it (two activations of one grain).
/// A save returns only once it is committed, so whatever a grain acknowledges survives the loss of its silo.
/// </summary>
internal interface ISessionStore
{
    /// <summary>The session with every interaction, oldest first, or null when it was never saved.</summary>
    Task<StoredSession?> LoadAsync(Guid sessionId, CancellationToken cancellationToken = default);

    /// <summary>Writes the header and the changed interactions in one transaction; throws if the version moved.</summary>
    Task<long> SaveAsync(SessionChanges changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Active sessions whose pending command's lease ran out at or before <paramref name="now"/>, longest-lapsed first,
    /// at most <paramref name="limit"/>: what the lease sweeper hands back to its sessions.
    /// </summary>
    Task<IReadOnlyList<Guid>> LapsedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>A project's sessions matching the query, newest first, with the number of all that match.</summary>
    Task<SessionList> ListAsync(Guid projectId, SessionQuery query, CancellationToken cancellationToken = default);
}

/// <summary>A stored session and the version it is at (its interactions are in <see cref="SessionState.Interactions"/>).</summary>
internal sealed record StoredSession(long Version, SessionState State);

/// <summary>
/// One save: the session as it is now, and the places (in <see cref="SessionState.Interactions"/>) of the interactions
/// that were added or changed since the last save. <paramref name="ExpectedVersion"/> 0 creates the session.
/// </summary>
internal sealed record SessionChanges(Guid SessionId, long ExpectedVersion, SessionState State, IReadOnlyCollection<int> ChangedInteractions);
