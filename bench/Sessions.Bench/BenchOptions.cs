using System.Globalization;

namespace CodeMySpec.Bench.Sessions;

/// <summary>Command-line settings: the mode, where the service and the database are, and how long and how hard to load them.</summary>
internal sealed record BenchOptions(
    string Mode, Uri? BaseUrl, string Connection, int[] Agents, TimeSpan Warmup, TimeSpan Duration, int Rounds, int IdleSessions,
    int SessionsPerProject, int SiloPid, int PostgresPid, bool AskNext)
{
    public static BenchOptions Parse(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : throw new ArgumentException("Name the mode: steps or idle.");
        var values = new BenchArgs(args[1..]);
        return new BenchOptions(
            mode,
            values.LoopbackUrl(),
            values.Find("connection") ?? throw new ArgumentException("--connection is required"),
            [.. values.Get("agents", "8,32").Split(',').Select(a => Math.Clamp(int.Parse(a, CultureInfo.InvariantCulture), 1, 256))],
            values.Seconds("warmup", 20, 0, 120),
            values.Seconds("duration", 15, 1, 300),
            values.Int("rounds", 2, 1, 10),
            values.Int("idle-sessions", 100_000, 1, 1_000_000),
            values.Int("sessions-per-project", 100, 1, 10_000),
            values.Int("silo-pid", 0),
            values.Int("postgres-pid", 0),
            values.Get("ask-next", "false") == "true");
    }
}
