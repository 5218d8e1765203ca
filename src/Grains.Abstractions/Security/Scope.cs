namespace CodeMySpec.Security;

/// <summary>
/// The caller of a grain method: who, in which account, on which project. It is built from the
/// request's authentication, never from saved preferences, and every grain checks it (deny by default).
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Security.Scope")]
public sealed record Scope(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] Guid AccountId,
    [property: Id(2)] Guid? ProjectId)
{
    /// <summary>A person acting in one of their accounts, optionally on one project.</summary>
    public static Scope ForPerson(Guid userId, Guid accountId, Guid? projectId = null) =>
        new(Actor.Person(userId), accountId, projectId);

    /// <summary>An agent client, always bound to exactly one project of one account.</summary>
    public static Scope ForAgent(string clientId, Guid accountId, Guid projectId) =>
        new(Actor.Agent(clientId), accountId, projectId);
}
