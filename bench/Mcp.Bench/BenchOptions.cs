namespace CodeMySpec.Bench.Mcp;

/// <summary>Command-line settings: where the service is, how long and how hard to load it, and what to print about it.</summary>
internal sealed record BenchOptions(
    Uri BaseUrl, int Concurrency, TimeSpan Warmup, TimeSpan Duration, int Rounds, int MaxRequestsPerRun, bool Breakdown, string Note, int SiloPid, int PostgresPid)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new BenchArgs(args);
        return new BenchOptions(
            values.LoopbackUrl() ?? throw new ArgumentException("--url http://127.0.0.1:PORT is required"),
            values.Int("concurrency", 16, 1, 256),
            values.Seconds("warmup", 15, 0, 120),
            values.Seconds("duration", 10, 1, 300),
            values.Int("rounds", 3, 1, 10),
            values.Int("max-requests", 1_000_000, 1, 10_000_000),
            values.Get("breakdown", "0") == "1",
            values.Get("note", ""),
            values.Int("silo-pid", 0),
            values.Int("postgres-pid", 0));
    }
}
