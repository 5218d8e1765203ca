using CodeMySpec.Architecture;
using CodeMySpec.Documents;
using CodeMySpec.Security;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace CodeMySpec.Silo.Architecture;

/// <summary>
/// Component graphs in PostgreSQL, one row per component, dependency, similar link (migration 0007) and spec
/// (0008; loading reads spec summaries only, the content is read one spec at a time). A save
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
        SELECT component_id, module_name, document_type, content_hash, size, updated_at, updated_by_kind, updated_by_id
            FROM architecture_specs WHERE project_id = $1;
        """;

    private const string LoadSpec = """
        SELECT component_id, module_name, document_type, content_hash, size, updated_at, updated_by_kind, updated_by_id, content
            FROM architecture_specs WHERE project_id = $1 AND component_id = $2
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

        var specs = new List<SpecSummary>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            specs.Add(ReadSpec(reader));
        }

        return new(version, components, dependencies, links, specs);
    }

    public async Task<ComponentSpecDocument?> LoadSpecAsync(Guid projectId, Guid componentId, CancellationToken cancellationToken = default)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command(LoadSpec, projectId, componentId));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ComponentSpecDocument(ReadSpec(reader), reader.GetString(8)) : null;
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

        if (changes.UpsertedSpecs.Count > 0)
        {
            var specs = changes.UpsertedSpecs.Select(s => s.Summary).ToList();
            batch.BatchCommands.Add(Command("""
                INSERT INTO architecture_specs (project_id, component_id, module_name, document_type, content, content_hash, size, updated_at, updated_by_kind, updated_by_id)
                SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::integer[], $8::timestamptz[], $9::text[], $10::text[])
                ON CONFLICT (project_id, component_id) DO UPDATE SET module_name = excluded.module_name, document_type = excluded.document_type,
                    content = excluded.content, content_hash = excluded.content_hash, size = excluded.size, updated_at = excluded.updated_at,
                    updated_by_kind = excluded.updated_by_kind, updated_by_id = excluded.updated_by_id
                """, projectId, specs.Select(s => s.ComponentId).ToArray(), specs.Select(s => s.ModuleName).ToArray(),
                specs.Select(s => DocumentTypes.NameOf(s.DocumentType)).ToArray(), changes.UpsertedSpecs.Select(s => s.Content).ToArray(),
                specs.Select(s => s.ContentHash).ToArray(), specs.Select(s => s.Size).ToArray(), specs.Select(s => s.UpdatedAt).ToArray(),
                specs.Select(s => KindName(s.UpdatedBy.Kind)).ToArray(), specs.Select(s => s.UpdatedBy.Id).ToArray()));
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

    private static SpecSummary ReadSpec(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1),
        DocumentTypes.TryParse(reader.GetString(2), out var type) ? type : throw new InvalidOperationException($"Unknown stored document type '{reader.GetString(2)}'."),
        reader.GetString(3), reader.GetInt32(4), reader.GetFieldValue<DateTimeOffset>(5),
        new Actor(reader.GetString(6) switch
        {
            "person" => ActorKind.Person,
            "agent_client" => ActorKind.AgentClient,
            var other => throw new InvalidOperationException($"Unknown stored actor kind '{other}'."),
        }, reader.GetString(7)));

    private static string KindName(ActorKind kind) => kind == ActorKind.AgentClient ? "agent_client" : "person";

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
