using System.Collections.Immutable;

namespace CodeMySpec.Bench.Grains;

/// <summary>The payload every benchmark write stores: about 1 KB once serialized as grain state JSON.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Bench.BenchDocument")]
public sealed record BenchDocument(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Title,
    [property: Id(2)] ImmutableArray<string> Tags,
    [property: Id(3)] string Body,
    [property: Id(4)] DateTimeOffset UpdatedAt)
{
    /// <summary>A document of realistic shape for one caller; its body pads the JSON to roughly 1 KB.</summary>
    public static BenchDocument For(Guid id) => new(
        id,
        "Storage benchmark document",
        ["bench", "grain-state", "postgres", "jsonb", "upsert"],
        string.Concat(Enumerable.Repeat("As a user I want my changes persisted before they are acknowledged. ", 12)),
        new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
}
