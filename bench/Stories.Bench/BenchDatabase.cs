using System.Diagnostics;

namespace CodeMySpec.Bench;

/// <summary>Starts the private PostgreSQL cluster of scripts/pg.sh (in bench/.pg) when no connection string is given.</summary>
internal static class BenchDatabase
{
    public static async Task<string> StartAsync()
    {
        var root = FindRoot();
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "pg.sh"), "start", Path.Combine(root, "bench", ".pg")])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run scripts/pg.sh.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? output.Trim().Split('\n')[^1]
            : throw new InvalidOperationException($"scripts/pg.sh start failed with exit code {process.ExitCode}.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CodeMySpec.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the bench from inside the repository, or pass a connection string.");
    }
}
