using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace CodeMySpec.Silo.Persistence;

/// <summary>
/// Grain state as plain JSON (snake_case names, enums as strings): readable in the database and free
/// of .NET type names, so a renamed class never orphans a row.
/// </summary>
internal sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input) =>
        JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)
        ?? throw new JsonException($"Stored state for {typeof(T).Name} is JSON null.");
}
