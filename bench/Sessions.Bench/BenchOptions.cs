using System.Globalization;

namespace CodeMySpec.Bench.Sessions;

/// <summary>Command-line settings: the mode, where the service and the database are, and how long and how hard to load them.</summary>
internal sealed record BenchOptions(
    string Mode, Uri? BaseUrl, string Connection, int[] Agents, TimeSpan Warmup, TimeSpan Duration, int Rounds, int IdleSessions,
    int SessionsPerProject, int SiloPid, bool AskNext)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string key, string fallback) => values.TryGetValue(key, out var v) ? v : fallback;
        int Int(string key, int fallback) => int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var mode = args.Length > 0 ? args[0] : throw new ArgumentException("Name the mode: steps or idle.");
        var url = values.TryGetValue("url", out var u) ? new Uri(u) : null;
        if (url is { IsLoopback: false })
        {
            throw new ArgumentException($"Only loopback targets are measured, not {url}.");
        }

        return new BenchOptions(
            mode,
            url,
            values.TryGetValue("connection", out var c) ? c : throw new ArgumentException("--connection is required"),
            [.. Get("agents", "8,32").Split(',').Select(a => Math.Clamp(int.Parse(a, CultureInfo.InvariantCulture), 1, 256))],
            TimeSpan.FromSeconds(Math.Clamp(Int("warmup", 5), 0, 120)),
            TimeSpan.FromSeconds(Math.Clamp(Int("duration", 15), 1, 300)),
            Math.Clamp(Int("rounds", 2), 1, 10),
            Math.Clamp(Int("idle-sessions", 100_000), 1, 1_000_000),
            Math.Clamp(Int("sessions-per-project", 100), 1, 10_000),
            Int("silo-pid", 0),
            Get("ask-next", "false") == "true");
    }
}
