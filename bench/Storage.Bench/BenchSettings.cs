using System.Globalization;

namespace CodeMySpec.Bench;

/// <summary>
/// Command line: <c>--duration S --warmup S --rounds N --callers 1,8,32 --max-ops N</c>; the database
/// comes from <c>ConnectionStrings__Postgres</c> (scripts/bench.sh sets it to a private cluster).
/// </summary>
internal sealed record BenchSettings(
    string ConnectionString,
    TimeSpan Duration,
    TimeSpan Warmup,
    int Rounds,
    IReadOnlyList<int> Callers,
    int MaxOperationsPerCaller)
{
    public const string ConnectionVariable = "ConnectionStrings__Postgres";

    public static BenchSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' pairs, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var unknown = values.Keys.Except(["duration", "warmup", "rounds", "callers", "max-ops"]).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
        }

        var connection = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new ArgumentException($"Set {ConnectionVariable} (scripts/bench.sh starts a private PostgreSQL and sets it).");
        }

        var callers = values.GetValueOrDefault("callers", "1,8,32").Split(',').Select(c => Positive("callers", c)).ToList();
        return new BenchSettings(
            connection,
            TimeSpan.FromSeconds(Positive("duration", values.GetValueOrDefault("duration", "5"))),
            TimeSpan.FromSeconds(Positive("warmup", values.GetValueOrDefault("warmup", "2"))),
            Positive("rounds", values.GetValueOrDefault("rounds", "5")),
            callers,
            Positive("max-ops", values.GetValueOrDefault("max-ops", "1000000")));
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"--{name} takes a positive whole number, got '{value}'.");
}
