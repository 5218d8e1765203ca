using System.Diagnostics;
using System.Text;
using CodeMySpec.TestSupport;

namespace CodeMySpec.Interop.Tests.Fixtures;

/// <summary>Runs scripts of tests/Interop on the Node that tests/Interop/install.sh installed there.</summary>
public static class Node
{
    public static string InteropDirectory { get; } = Path.Combine(RepositoryRoot.Path, "tests", "Interop");

    public sealed record Run(int ExitCode, string Output, string Errors);

    public static async Task<Run> RunAsync(IEnumerable<string> arguments, string? input, TimeSpan timeout)
    {
        var node = Path.Combine(InteropDirectory, "node_modules", ".bin", "node");
        if (!File.Exists(node))
        {
            throw new InvalidOperationException($"{node} is missing: run tests/Interop/install.sh (scripts/test.sh does) first.");
        }

        var info = new ProcessStartInfo(node)
        {
            WorkingDirectory = InteropDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            // A hung client must not outlive the test that started it.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"node {string.Join(' ', info.ArgumentList)} did not finish within {timeout}:\n{await output}\n{await errors}");
        }

        return new Run(process.ExitCode, await output, await errors);
    }
}
