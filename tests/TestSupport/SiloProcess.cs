using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace CodeMySpec.TestSupport;

/// <summary>
/// A real CodeMySpec.Silo process (the same executable operators run), started with settings given as
/// environment variables, its output captured for assertions and diagnostics.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SiloProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The HTTP base address the process serves (empty for commands such as migrate).</summary>
    public string Url { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the service on a free loopback HTTP port.</summary>
    public static SiloProcess StartService(IReadOnlyDictionary<string, string?> environment)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        return Start(["--urls", url], environment, url);
    }

    /// <summary>Runs the Silo with arguments (e.g. migrate) and waits for it to exit.</summary>
    public static async Task<SiloProcess> RunToExitAsync(string[] arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var silo = Start(arguments, environment, "");
        if (!await silo.WaitForExitAsync(timeout))
        {
            // A command that hangs must not outlive the test that started it.
            silo.Kill();
            var output = silo.Output;
            await silo.DisposeAsync();
            throw new TimeoutException($"'{string.Join(' ', arguments)}' did not exit within {timeout}:\n{output}");
        }

        return silo;
    }

    /// <summary>Environment for a silo on a database: unique ports, fast failure detection for tests.</summary>
    public static Dictionary<string, string?> Environment(string connectionString, string clusterId, string siloName) => new()
    {
        ["ConnectionStrings__Postgres"] = connectionString,
        ["Orleans__ClusterId"] = clusterId,
        ["Orleans__ServiceId"] = clusterId,
        ["Orleans__SiloName"] = siloName,
        ["Orleans__AdvertisedIPAddress"] = "127.0.0.1",
        ["Orleans__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Orleans__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["OAuth__RequireHttps"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Orleans.Runtime.MembershipService"] = "Information",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
    };

    /// <summary>Polls a URL until it answers 200, or fails with the process output when time is up.</summary>
    public async Task WaitUntilAsync(string path, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(Url + path);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Url}{path} did not answer 200 within {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL: the process dies without any goodbye, like a lost node.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM: the graceful stop Kubernetes asks for.</summary>
    public void Terminate() => Signal("TERM");

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            _process.WaitForExit();
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Terminate();
            if (!await WaitForExitAsync(TimeSpan.FromSeconds(20)))
            {
                Kill();
            }
        }

        _process.Dispose();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static SiloProcess Start(string[] arguments, IReadOnlyDictionary<string, string?> environment, string url)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(RepositoryRoot.SiloDll)!,
        };
        info.ArgumentList.Add(RepositoryRoot.SiloDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return new SiloProcess(Process.Start(info)!, url);
    }
}
