using System.Net;
using CodeMySpec.Bench;
using CodeMySpec.Bench.Auth;

var options = BenchOptions.Parse(args);
using var http = LoadClient.Create(options.BaseUrl, options.Concurrency, TimeSpan.FromSeconds(10));

await Readiness.WaitAsync(http, TimeSpan.FromSeconds(90));
var world = await World.CreateAsync(options.BaseUrl);
var project = $"/api/projects/{world.ProjectId}/";

// a and b are the same request, which anonymous callers may make too: the authentication middleware
// validates a bearer token on every request that carries one, so a - b is what authentication costs.
Scenario[] scenarios =
[
    new("a", "GET / (service info) with bearer token (200)", "/", world.AccessToken, HttpStatusCode.OK),
    new("b", "GET / (service info) without token (200)", "/", null, HttpStatusCode.OK),
    new("c", $"GET {project[..14]}… with bearer token (200)", project, world.AccessToken, HttpStatusCode.OK),
    new("d", "GET /health/live anonymous (200)", "/health/live", null, HttpStatusCode.OK),
];

foreach (var scenario in scenarios)
{
    Console.WriteLine($"warm-up {scenario.Key}: {scenario.Title}");
    var warm = await ClosedLoop.RunAsync(http, scenario, options.Concurrency, options.Warmup);
    if (warm.Unexpected > 0)
    {
        throw new InvalidOperationException($"{scenario.Title}: {warm.Unexpected} unexpected answers, first: {warm.FirstError}");
    }
}

var runs = new List<Measurement>();
for (var round = 0; round < options.Rounds; round++)
{
    foreach (var scenario in scenarios)
    {
        runs.Add(await ClosedLoop.RunAsync(http, scenario, options.Concurrency, options.Duration));
    }
}

var summaries = scenarios.Select(s => Summary.Of(runs.Where(r => r.Scenario == s).ToArray())).ToArray();
Report.Print(options, runs, summaries);
return summaries.Any(s => s.Unexpected > 0) ? 1 : 0;
