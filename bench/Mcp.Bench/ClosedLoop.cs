using System.Diagnostics;

namespace CodeMySpec.Bench.Mcp;

/// <summary>A closed loop bounded in time and in count: each of N workers sends its next MCP request as soon as the
/// last one is answered and checked, over keep-alive HTTP/1.1 connections.</summary>
internal static class ClosedLoop
{
    public static async Task<Measurement> RunAsync(HttpClient http, McpCall scenario, int concurrency, TimeSpan duration, int maxRequests)
    {
        var budget = new Budget(maxRequests);
        var workers = new Task<Worker>[concurrency];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < concurrency; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(http, scenario, clock, duration, budget));
        }

        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var latencies = results.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        return new Measurement(scenario, latencies.Length, results.Sum(w => w.Unexpected), elapsed,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), results.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    private static async Task<Worker> WorkAsync(HttpClient http, McpCall scenario, Stopwatch clock, TimeSpan duration, Budget budget)
    {
        var worker = new Worker();
        while (clock.Elapsed < duration && Interlocked.Decrement(ref budget.Left) >= 0)
        {
            using var request = scenario.NewRequest();
            var start = Stopwatch.GetTimestamp();
            string? problem;
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                var body = await response.Content.ReadAsByteArrayAsync();
                worker.Latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                problem = scenario.Check(response, body);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                problem = e.Message;
            }

            if (problem is not null)
            {
                worker.Unexpected++;
                worker.FirstError ??= $"{scenario.Key}: {problem}";
            }
        }

        return worker;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>Requests left in this run, shared by its workers, so memory stays bounded whatever the speed.</summary>
    private sealed class Budget(int left)
    {
        public int Left = left;
    }

    private sealed class Worker
    {
        public List<double> Latencies { get; } = new(capacity: 16_384);

        public int Unexpected { get; set; }

        public string? FirstError { get; set; }
    }
}
