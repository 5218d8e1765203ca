using Npgsql;

namespace CodeMySpec.Cluster.Tests;

/// <summary>Reads <c>orleans_membership</c> straight from PostgreSQL: what the cluster wrote, not what a silo believes.</summary>
internal sealed class MembershipTable(string connectionString, string clusterId)
{
    public const int Active = 3;
    public const int Dead = 6;

    /// <summary>The status of each silo's newest generation, by silo name.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReadStatusesAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT DISTINCT ON (silo_name) silo_name, status
              FROM orleans_membership
             WHERE deployment_id = $1
             ORDER BY silo_name, generation DESC
            """, connection);
        command.Parameters.Add(new() { Value = clusterId });
        await using var reader = await command.ExecuteReaderAsync();
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            statuses[reader.GetString(0)] = reader.GetInt32(1);
        }

        return statuses;
    }
}
