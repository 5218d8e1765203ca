using System.Collections.Immutable;

namespace CodeMySpec.Tokens;

/// <summary>
/// Access tokens that stop working: by token id, by authorization id (every token of a grant, e.g. after a
/// refresh token was replayed), or every token when the revocation cannot be narrowed down.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Tokens.TokenRevocation")]
public sealed record TokenRevocation(
    [property: Id(0)] ImmutableArray<string> TokenIds,
    [property: Id(1)] ImmutableArray<string> AuthorizationIds,
    [property: Id(2)] bool Everything)
{
    public static TokenRevocation Token(string tokenId) => new([tokenId], [], false);

    public static TokenRevocation Authorization(string authorizationId) => new([], [authorizationId], false);

    public static TokenRevocation All { get; } = new([], [], true);
}
