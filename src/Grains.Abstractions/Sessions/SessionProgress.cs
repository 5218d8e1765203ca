using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>
/// The workflow's own state as a client may read it: the current step, the attempts of the loop it is in, the
/// feedback of the last failed check, and the children of a spawn step.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SessionProgress")]
public sealed record SessionProgress(
    [property: Id(0)] string Step,
    [property: Id(1)] int LoopAttempts,
    [property: Id(2)] int MaxLoopAttempts,
    [property: Id(3)] string? LastFeedback,
    [property: Id(4)] ImmutableArray<Guid> ChildSessionIds);
