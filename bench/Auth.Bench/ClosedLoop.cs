using System.Diagnostics;

namespace CodeMySpec.Bench.Auth;

/// <summary>A fixed-duration closed loop: each of N workers sends its next request as soon as the last one
/// is answered, over keep-alive HTTP/1.1 connections, until the time is up or the request cap is reached.</summary>
internal static class ClosedLoop
{
    /// <summary>Per worker, so memory stays bounded whatever the speed.</summary>
    private const int MaxSamplesPerWorker = 2_000_000;

    public static async Task<Measurement> RunAsync(HttpClient http, Scenario scenario, int concurrency, TimeSpan duration)
    {
        var workers = new Task<Worker>[concurrency];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < concurrency; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(http, scenario, clock, duration));
        }

        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var latencies = results.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        return new Measurement(scenario, latencies.Length, results.Sum(w => w.Unexpected), elapsed,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), results.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    private static async Task<Worker> WorkAsync(HttpClient http, Scenario scenario, Stopwatch clock, TimeSpan duration)
    {
        var worker = new Worker();
        while (clock.Elapsed < duration && worker.Latencies.Count < MaxSamplesPerWorker)
        {
            using var request = scenario.NewRequest();
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                worker.Latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (response.StatusCode != scenario.Expected)
                {
                    worker.Unexpected++;
                    worker.FirstError ??= $"{(int)response.StatusCode} for {scenario.Path}";
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                worker.Unexpected++;
                worker.FirstError ??= e.Message;
            }
        }

        return worker;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed class Worker
    {
        public List<double> Latencies { get; } = new(capacity: 65_536);

        public int Unexpected { get; set; }

        public string? FirstError { get; set; }
    }
}
