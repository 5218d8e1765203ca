using CodeMySpec.Architecture;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace CodeMySpec.Silo.Architecture;

/// <summary>
/// Component graphs in PostgreSQL, one row per component, dependency and similar link (migration 0007). A save
/// sends the version guard and only the changed rows as one batch in one transaction: its cost follows the size
/// of the change, not of the project.
/// </summary>
internal sealed class PostgresArchitectureStore(NpgsqlDataSource dataSource) : IArchitectureStore
{
    private const string Load = """
        SELECT version FROM architecture_projects WHERE project_id = $1;
        SELECT component_id, name, module_name, type, description, priority, parent_component_id
            FROM architecture_components WHERE project_id = $1;
        SELECT source_id, target_id FROM architecture_dependencies WHERE project_id = $1;
        SELECT first_id, second_id FROM architecture_similar_links WHERE project_id = $1;
        """;

    public async Task<StoredArchitecture> LoadAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var sql in Load.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            batch.BatchCommands.Add(Command(sql, projectId));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var version = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : 0;
        var components = new List<ComponentRow>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            components.Add(new(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetGuid(6)));
        }

        var dependencies = new List<Dependency>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            dependencies.Add(new(reader.GetGuid(0), reader.GetGuid(1)));
        }

        var links = new List<SimilarLink>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            links.Add(new(reader.GetGuid(0), reader.GetGuid(1)));
        }

        return new(version, components, dependencies, links);
    }

    public async Task<long> SaveAsync(Guid projectId, long expectedVersion, ArchitectureChanges changes, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(expectedVersion == 0
            ? Command("INSERT INTO architecture_projects (project_id, version) VALUES ($1, 1) ON CONFLICT DO NOTHING", projectId)
            : Command("UPDATE architecture_projects SET version = version + 1, updated_at = now() WHERE project_id = $1 AND version = $2", projectId, expectedVersion));
        AddChanges(batch, projectId, changes);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (batch.BatchCommands[0].RecordsAffected != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw new InconsistentStateException(
                $"The architecture of project {projectId} moved past version {expectedVersion}; another activation wrote it.");
        }

        await transaction.CommitAsync(cancellationToken);
        return expectedVersion + 1;
    }

    private static void AddChanges(NpgsqlBatch batch, Guid projectId, ArchitectureChanges changes)
    {
        if (changes.RemovedDependencies.Count > 0)
        {
            batch.BatchCommands.Add(Command("""
                DELETE FROM architecture_dependencies d USING unnest($2::uuid[], $3::uuid[]) AS x(s, t)
                WHERE d.project_id = $1 AND d.source_id = x.s AND d.target_id = x.t
                """, projectId, Sources(changes.RemovedDependencies), Targets(changes.RemovedDependencies)));
        }

        if (changes.RemovedLinks.Count > 0)
        {
            batch.BatchCommands.Add(Command("""
                DELETE FROM architecture_similar_links l USING unnest($2::uuid[], $3::uuid[]) AS x(a, b)
                WHERE l.project_id = $1 AND l.first_id = x.a AND l.second_id = x.b
                """, projectId, changes.RemovedLinks.Select(l => l.First).ToArray(), changes.RemovedLinks.Select(l => l.Second).ToArray()));
        }

        if (changes.DeletedComponents.Count > 0)
        {
            batch.BatchCommands.Add(Command("DELETE FROM architecture_components WHERE project_id = $1 AND component_id = ANY($2)",
                projectId, changes.DeletedComponents.ToArray()));
        }

        if (changes.UpsertedComponents.Count > 0)
        {
            var rows = changes.UpsertedComponents;
            batch.BatchCommands.Add(Command("""
                INSERT INTO architecture_components (project_id, component_id, name, module_name, type, description, priority, parent_component_id)
                SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::integer[], $8::uuid[])
                ON CONFLICT (project_id, component_id) DO UPDATE SET name = excluded.name, type = excluded.type,
                    description = excluded.description, priority = excluded.priority, parent_component_id = excluded.parent_component_id
                """, projectId, rows.Select(r => r.Id).ToArray(), rows.Select(r => r.Name).ToArray(), rows.Select(r => r.ModuleName).ToArray(),
                rows.Select(r => r.Type).ToArray(), rows.Select(r => r.Description).ToArray(), rows.Select(r => r.Priority).ToArray(),
                rows.Select(r => r.ParentId).ToArray()));
        }

        if (changes.AddedDependencies.Count > 0)
        {
            batch.BatchCommands.Add(Command("INSERT INTO architecture_dependencies (project_id, source_id, target_id) SELECT $1, * FROM unnest($2::uuid[], $3::uuid[])",
                projectId, Sources(changes.AddedDependencies), Targets(changes.AddedDependencies)));
        }

        if (changes.AddedLinks.Count > 0)
        {
            batch.BatchCommands.Add(Command("INSERT INTO architecture_similar_links (project_id, first_id, second_id) SELECT $1, * FROM unnest($2::uuid[], $3::uuid[])",
                projectId, changes.AddedLinks.Select(l => l.First).ToArray(), changes.AddedLinks.Select(l => l.Second).ToArray()));
        }
    }

    private static Guid[] Sources(List<Dependency> dependencies) => [.. dependencies.Select(d => d.SourceId)];

    private static Guid[] Targets(List<Dependency> dependencies) => [.. dependencies.Select(d => d.TargetId)];

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value switch
            {
                string?[] texts => new NpgsqlParameter { Value = texts, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                Guid?[] ids => new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
                _ => new NpgsqlParameter { Value = value ?? DBNull.Value },
            });
        }

        return command;
    }
}
