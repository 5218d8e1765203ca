using System.Diagnostics;
using CodeMySpec.Bench.Hosting;
using CodeMySpec.Bench;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Import of a generated 500-story user_stories.md and its export, through an in-process silo on PostgreSQL.
// Usage: Stories.Bench <connection-string> [story-count]; scripts/bench-stories.sh starts a private PostgreSQL.
if (args.Length == 0)
{
    await Console.Error.WriteLineAsync("usage: Stories.Bench <PostgreSQL connection string> [story-count]  (scripts/bench-stories.sh starts one)");
    return 2;
}

var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500;
await using var dataSource = NpgsqlDataSource.Create(args[0]);
using var host = await BenchSilo.StartAsync(dataSource);

var grains = host.Services.GetRequiredService<IGrainFactory>();
var scope = await StoriesRun.CreateProjectAsync(grains);
var markdown = StoriesRun.Generate(count);
Console.WriteLine($"user_stories.md: {count} stories, {System.Text.Encoding.UTF8.GetByteCount(markdown):N0} bytes");

var clock = Stopwatch.StartNew();
var imported = await StoriesRun.ImportAsync(grains, scope, markdown);
Console.WriteLine($"import: {clock.Elapsed.TotalMilliseconds:N0} ms ({imported} stories)");

clock.Restart();
var exported = await StoriesRun.ExportAsync(grains, scope);
Console.WriteLine($"export: {clock.Elapsed.TotalMilliseconds:N0} ms ({exported.Length:N0} characters)");

clock.Restart();
await StoriesRun.ExportAsync(grains, scope);
Console.WriteLine($"export again (activations warm): {clock.Elapsed.TotalMilliseconds:N0} ms");
Console.WriteLine($"round trip: {(exported == markdown ? "exact" : "DIFFERS")}");

await host.StopAsync();
return 0;
