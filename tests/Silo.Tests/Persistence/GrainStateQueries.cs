using System.Data;
using Npgsql;

namespace CodeMySpec.Silo.Tests.Persistence;

/// <summary>Runs the stored grain-state queries exactly as the Orleans ADO.NET provider does: same text, same parameters.</summary>
public sealed class GrainStateQueries(NpgsqlDataSource database)
{
    public async Task<string> TextAsync(string key)
    {
        await using var command = database.CreateCommand("SELECT querytext FROM orleansquery WHERE querykey = $1");
        command.Parameters.Add(new() { Value = key });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Executes WriteToStorageKey; returns the new version, or null when the store refused the write.</summary>
    public async Task<int?> WriteAsync(string query, Guid grain, int? expectedVersion, string json)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(query, connection);
        var bytes = grain.ToByteArray();
        Add(command, "GrainIdHash", grain.GetHashCode(), DbType.Int32);
        Add(command, "GrainIdN0", BitConverter.ToInt64(bytes, 0), DbType.Int64);
        Add(command, "GrainIdN1", BitConverter.ToInt64(bytes, 8), DbType.Int64);
        Add(command, "GrainTypeHash", 42, DbType.Int32);
        Add(command, "GrainTypeString", "race", DbType.String);
        Add(command, "GrainIdExtensionString", null, DbType.String);
        Add(command, "ServiceId", "race-test", DbType.String);
        Add(command, "GrainStateVersion", expectedVersion, DbType.Int32);
        Add(command, "PayloadBinary", System.Text.Encoding.UTF8.GetBytes(json), DbType.Binary);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? reader.GetInt32(reader.GetOrdinal("NewGrainStateVersion")) : null;
    }

    public async Task<(long Rows, string? Payload)> RowsAsync(Guid grain)
    {
        var bytes = grain.ToByteArray();
        await using var command = database.CreateCommand(
            "SELECT count(*), max(payload::text) FROM orleans_grain_state WHERE grain_type = 'race' AND grain_id_n0 = $1 AND grain_id_n1 = $2");
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 0) });
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(bytes, 8) });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private static void Add(NpgsqlCommand command, string name, object? value, DbType type) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
}
