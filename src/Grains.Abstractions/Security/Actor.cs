using System.Text.Json.Serialization;

namespace CodeMySpec.Security;

/// <summary>Who is calling: a signed-in person or an agent client acting with a token.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Security.Actor")]
public sealed record Actor([property: Id(0)] ActorKind Kind, [property: Id(1)] string Id)
{
    /// <summary>A person, identified by their user id.</summary>
    public static Actor Person(Guid userId) => new(ActorKind.Person, userId.ToString("D"));

    /// <summary>An agent client, identified by its OAuth client id.</summary>
    public static Actor Agent(string clientId) => new(ActorKind.AgentClient, clientId);

    /// <summary>The person's user id; throws for an agent client (so it is never part of JSON, where actors are stored).</summary>
    [JsonIgnore]
    public Guid PersonId => Kind == ActorKind.Person && Guid.TryParse(Id, out var id)
        ? id
        : throw new InvalidOperationException("Only a person has a user id.");

    public override string ToString() => $"{Kind}:{Id}";
}
