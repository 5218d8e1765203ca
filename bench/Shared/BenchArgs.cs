using System.Globalization;

namespace CodeMySpec.Bench;

/// <summary>A benchmark's <c>--name value</c> pairs, read with fallbacks and clamped to sane ranges.</summary>
internal sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public BenchArgs(IReadOnlyList<string> args)
    {
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            _values[args[i].TrimStart('-')] = args[i + 1];
        }
    }

    public string Get(string key, string fallback) => _values.TryGetValue(key, out var value) ? value : fallback;

    public string? Find(string key) => _values.GetValueOrDefault(key);

    public int Int(string key, int fallback, int min = int.MinValue, int max = int.MaxValue) =>
        Math.Clamp(int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), min, max);

    public TimeSpan Seconds(string key, int fallback, int min, int max) => TimeSpan.FromSeconds(Int(key, fallback, min, max));

    /// <summary>The service to load, from <c>--url</c>; only loopback targets are measured.</summary>
    public Uri? LoopbackUrl() => Find("url") is not { } value ? null
        : new Uri(value) is { IsLoopback: true } url ? url
        : throw new ArgumentException($"Only loopback targets are measured, not {value}.");
}
