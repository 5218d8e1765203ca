namespace CodeMySpec.Api.Tests.Access;

/// <summary>
/// One endpoint of the access matrix: who is allowed, and how to build a request that would succeed for an
/// allowed caller (with fresh targets for anything destructive, so every check starts from the same world).
/// </summary>
public sealed record AccessRule(string Endpoint, IReadOnlySet<Actor> Allowed, Func<AccessWorld, Actor, Task<HttpRequestMessage>> Build);
