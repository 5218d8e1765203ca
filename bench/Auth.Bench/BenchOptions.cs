namespace CodeMySpec.Bench.Auth;

/// <summary>Command-line settings: where the service is and how long and how hard to load it.</summary>
internal sealed record BenchOptions(Uri BaseUrl, string Label, int Concurrency, TimeSpan Warmup, TimeSpan Duration, int Rounds)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new BenchArgs(args);
        return new BenchOptions(
            values.LoopbackUrl() ?? throw new ArgumentException("--url http://127.0.0.1:PORT is required"),
            values.Get("label", "default"),
            values.Int("concurrency", 16, 1, 256),
            values.Seconds("warmup", 5, 0, 120),
            values.Seconds("duration", 10, 1, 300),
            values.Int("rounds", 2, 1, 10));
    }
}
