using System.Globalization;

namespace CodeMySpec.Bench.Mcp;

/// <summary>Command-line settings: where the service is, how long and how hard to load it, and what to print about it.</summary>
internal sealed record BenchOptions(
    Uri BaseUrl, int Concurrency, TimeSpan Warmup, TimeSpan Duration, int Rounds, int MaxRequestsPerRun, bool Breakdown, string Note, int SiloPid, int PostgresPid)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string key, string fallback) => values.TryGetValue(key, out var v) ? v : fallback;
        int Int(string key, int fallback) => int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var url = new Uri(values.TryGetValue("url", out var u) ? u : throw new ArgumentException("--url http://127.0.0.1:PORT is required"));
        if (!url.IsLoopback)
        {
            throw new ArgumentException($"Only loopback targets are measured, not {url}.");
        }

        return new BenchOptions(
            url,
            Math.Clamp(Int("concurrency", 16), 1, 256),
            TimeSpan.FromSeconds(Math.Clamp(Int("warmup", 15), 0, 120)),
            TimeSpan.FromSeconds(Math.Clamp(Int("duration", 10), 1, 300)),
            Math.Clamp(Int("rounds", 3), 1, 10),
            Math.Clamp(Int("max-requests", 1_000_000), 1, 10_000_000),
            Get("breakdown", "0") == "1",
            Get("note", ""),
            Int("silo-pid", 0),
            Int("postgres-pid", 0));
    }
}
