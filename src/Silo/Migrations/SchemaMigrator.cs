using Npgsql;

namespace CodeMySpec.Silo.Migrations;

/// <summary>
/// Applies the embedded migrations that the database lacks, all in one transaction, under an advisory
/// lock so that two migrators (a Job and a developer) never interleave. Applied scripts are recorded with
/// a checksum; a script edited after it was applied is refused rather than silently skipped.
/// </summary>
internal sealed class SchemaMigrator(NpgsqlDataSource dataSource)
{
    // Any constant unique to this schema; pg_advisory_xact_lock releases it at commit or rollback.
    private const long LockKey = 0x436F64654D795370;

    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer     NOT NULL PRIMARY KEY,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now())
        """;

    public IReadOnlyList<Migration> Migrations { get; init; } = Migration.All;

    /// <summary>Applies what is missing; returns the migrations applied now (empty when up to date).</summary>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        await ExecuteAsync(connection, CreateHistory, cancellationToken);

        var applied = await ReadAppliedAsync(connection, cancellationToken);
        var pending = Pending(applied);
        foreach (var migration in pending)
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", connection);
            record.Parameters.Add(new() { Value = migration.Version });
            record.Parameters.Add(new() { Value = migration.Name });
            record.Parameters.Add(new() { Value = migration.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return pending;
    }

    /// <summary>The migrations this build has and the database lacks (all of them on an empty database).</summary>
    public async Task<IReadOnlyList<Migration>> FindPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return Migrations;
        }

        return Pending(await ReadAppliedAsync(connection, cancellationToken));
    }

    private List<Migration> Pending(Dictionary<int, string> applied)
    {
        foreach (var migration in Migrations)
        {
            if (applied.TryGetValue(migration.Version, out var checksum) && checksum != migration.Checksum)
            {
                throw new InvalidOperationException(
                    $"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied. " +
                    "Add a new migration instead of editing an applied one.");
            }
        }

        var unknown = applied.Keys.Except(Migrations.Select(m => m.Version)).Order().ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database has migrations this build does not know ({string.Join(", ", unknown)}); it was migrated by a newer build.");
        }

        return [.. Migrations.Where(m => !applied.ContainsKey(m.Version))];
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
