using System.Text.Json;
using Npgsql;

namespace CodeMySpec.Grains.Tests.Fixtures;

/// <summary>Reads grain state rows straight from PostgreSQL, as an operator would.</summary>
public static class GrainStateRows
{
    /// <summary>The stored JSON of a GUID-keyed grain's state, or null when there is no live row.</summary>
    public static async Task<JsonElement?> ReadAsync(NpgsqlDataSource database, string stateName, Guid key)
    {
        var bytes = key.ToByteArray();
        await using var command = database.CreateCommand(
            "SELECT payload::text FROM orleans_grain_state WHERE grain_type = $1 AND grain_id_n0 = $2 AND grain_id_n1 = $3");
        command.Parameters.Add(new() { Value = stateName });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 0) });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 8) });
        var payload = await command.ExecuteScalarAsync() as string;
        return payload is null ? null : JsonDocument.Parse(payload).RootElement.Clone();
    }

    /// <summary>The version of a GUID-keyed grain's state row (it grows with every write), or null when there is no row.</summary>
    public static async Task<int?> VersionAsync(NpgsqlDataSource database, string stateName, Guid key)
    {
        var bytes = key.ToByteArray();
        await using var command = database.CreateCommand(
            "SELECT version FROM orleans_grain_state WHERE grain_type = $1 AND grain_id_n0 = $2 AND grain_id_n1 = $3");
        command.Parameters.Add(new() { Value = stateName });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 0) });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 8) });
        return await command.ExecuteScalarAsync() as int?;
    }

    /// <summary>How many rows hold any state (live or cleared) for a state name and key.</summary>
    public static async Task<long> CountAsync(NpgsqlDataSource database, string stateName, Guid key)
    {
        var bytes = key.ToByteArray();
        await using var command = database.CreateCommand(
            "SELECT count(*) FROM orleans_grain_state WHERE grain_type = $1 AND grain_id_n0 = $2 AND grain_id_n1 = $3");
        command.Parameters.Add(new() { Value = stateName });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 0) });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 8) });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
