using System.Diagnostics;
using Npgsql;

namespace CodeMySpec.TestSupport;

/// <summary>
/// One throw-away PostgreSQL cluster per test process, started through scripts/pg.sh (the same script the
/// developer's run uses) in a temporary folder and removed at exit. Each test that needs isolation asks
/// for a fresh database of its own; no test touches a server it did not start.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string _directory;

    private PostgresServer(string directory, NpgsqlConnectionStringBuilder admin)
    {
        _directory = directory;
        Admin = admin;
    }

    /// <summary>Connection settings for the cluster's own 'codemyspec' database.</summary>
    public NpgsqlConnectionStringBuilder Admin { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await using var connection = new NpgsqlConnection(Admin.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Admin.ConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "codemyspec-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var output = await RunScriptAsync("start", directory);
        var server = new PostgresServer(directory, new NpgsqlConnectionStringBuilder(output.Trim().Split('\n')[^1]));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        NpgsqlConnection.ClearAllPools();
        RunScriptAsync("stop", _directory).GetAwaiter().GetResult();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a temp folder.
        }
    }

    private static async Task<string> RunScriptAsync(string verb, string directory)
    {
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "pg.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb, directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Tests need durability of nothing; skipping fsync keeps a 2-core machine fast.
            Environment = { ["PG_EXTRA_OPTIONS"] = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" },
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/pg.sh {verb} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }
}
