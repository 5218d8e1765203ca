using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>Matching sessions, newest first, and how many matched in all.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.SessionList")]
public sealed record SessionList([property: Id(0)] ImmutableArray<SessionSummary> Sessions, [property: Id(1)] int Total);
