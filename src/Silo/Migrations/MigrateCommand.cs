using CodeMySpec.Silo.Configuration;
using Npgsql;

namespace CodeMySpec.Silo.Migrations;

/// <summary><c>CodeMySpec.Silo migrate</c>: brings the database schema to this build's version, then exits.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = Host.CreateApplicationBuilder(args).Configuration;
        var connection = PostgresSettings.Read(configuration);
        await using var dataSource = NpgsqlDataSource.Create(connection);
        IReadOnlyList<Migration> applied;
        try
        {
            applied = await new SchemaMigrator(dataSource).MigrateAsync();
        }
        catch (InvalidOperationException e)
        {
            throw new StartupException(e.Message, e);
        }
        catch (NpgsqlException e)
        {
            throw new StartupException(
                $"Cannot migrate the database at {PostgresSettings.Describe(connection)} (setting '{PostgresSettings.Key}'): {e.Message}", e);
        }

        var version = Migration.All[^1].Version;
        Console.WriteLine(applied.Count == 0
            ? $"Schema is up to date (version {version}); nothing changed."
            : $"Applied {applied.Count} migration(s): {string.Join(", ", applied.Select(m => $"{m.Version:D4}_{m.Name}"))}. Schema version {version}.");
        return 0;
    }
}
