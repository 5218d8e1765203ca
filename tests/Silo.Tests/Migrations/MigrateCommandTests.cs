using CodeMySpec.Silo.Migrations;
using CodeMySpec.Silo.Tests.Fixtures;
using CodeMySpec.TestSupport;

namespace CodeMySpec.Silo.Tests.Migrations;

public sealed class MigrateCommandTests
{
    // Everything a migration can change: tables and columns, functions, indexes, and the stored queries.
    private const string SchemaFingerprint = """
        SELECT md5(string_agg(item, '|' ORDER BY item)) FROM (
            SELECT table_name || '.' || column_name || ':' || data_type AS item
              FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL SELECT 'fn:' || p.proname || ':' || md5(p.prosrc)
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
            UNION ALL SELECT 'ix:' || indexname || ':' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL SELECT 'q:' || querykey || ':' || md5(querytext) FROM orleansquery
            UNION ALL SELECT 'm:' || version || ':' || checksum || ':' || applied_at FROM schema_migrations) items
        """;

    [Fact]
    public async Task Migrate_OnAnEmptyDatabase_CreatesTheOrleansSchema()
    {
        var connectionString = await Databases.EmptyAsync();

        var migrate = await SiloProcess.RunToExitAsync(["migrate"], Databases.Environment(connectionString), Databases.CommandTimeout);

        Assert.True(migrate.ExitCode == 0, migrate.Output);
        Assert.Contains($"Applied {Migration.All.Count} migration(s)", migrate.Output, StringComparison.Ordinal);
        Assert.Equal((long)Migration.All.Count, await Databases.ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
        Assert.Equal(0L, await Databases.ScalarAsync<long>(connectionString, """
            SELECT count(*) FROM unnest(ARRAY['WriteToStorageKey','ReadFromStorageKey','ClearStorageKey','InsertMembershipKey',
                'UpdateMembershipKey','MembershipReadAllKey','CleanupDefunctSiloEntriesKey','UpsertReminderRowKey',
                'ReadRangeRows1Key','DeleteReminderRowKey']) AS k
             WHERE k NOT IN (SELECT querykey FROM orleansquery)
            """));
    }

    [Fact]
    public async Task Migrate_RunTwice_ChangesNothingTheSecondTime()
    {
        var connectionString = await Databases.MigratedAsync();
        var before = await Databases.ScalarAsync<string>(connectionString, SchemaFingerprint);

        var again = await SiloProcess.RunToExitAsync(["migrate"], Databases.Environment(connectionString), Databases.CommandTimeout);

        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("up to date", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, await Databases.ScalarAsync<string>(connectionString, SchemaFingerprint));
    }

    [Fact]
    public async Task Migrate_FromTwoProcessesAtOnce_AppliesEachMigrationOnce()
    {
        var connectionString = await Databases.EmptyAsync();

        var runs = await Task.WhenAll(
            SiloProcess.RunToExitAsync(["migrate"], Databases.Environment(connectionString), Databases.CommandTimeout),
            SiloProcess.RunToExitAsync(["migrate"], Databases.Environment(connectionString), Databases.CommandTimeout));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Output));
        Assert.Single(runs, run => run.Output.Contains("Applied ", StringComparison.Ordinal));
        Assert.Equal((long)Migration.All.Count, await Databases.ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Migrate_WhenAnAppliedScriptWasEdited_RefusesAndSaysWhy()
    {
        var connectionString = await Databases.MigratedAsync();
        await Databases.ScalarAsync<int>(connectionString, "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 2 RETURNING 1");

        var migrate = await SiloProcess.RunToExitAsync(["migrate"], Databases.Environment(connectionString), Databases.CommandTimeout);

        Assert.Equal(2, migrate.ExitCode);
        Assert.Contains("0002_orleans_membership was changed after it was applied", migrate.Output, StringComparison.Ordinal);
    }
}
