namespace CodeMySpec.Sessions;

/// <summary>Filters of the session list; null means any. Newest first, at most <see cref="Limit"/> (1–200).</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SessionQuery")]
public sealed record SessionQuery(
    [property: Id(0)] SessionStatus? Status = null,
    [property: Id(1)] SessionType? Type = null,
    [property: Id(2)] Guid? ComponentId = null,
    [property: Id(3)] int Limit = SessionQuery.DefaultLimit)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;
}
