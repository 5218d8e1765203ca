using System.Diagnostics;
using CodeMySpec.Bench;
using CodeMySpec.Silo.Hosting;
using CodeMySpec.Silo.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

// Import of a generated 500-story user_stories.md and its export, through an in-process silo on PostgreSQL.
// Usage: dotnet run -c Release --project bench/Stories.Bench [connection-string] [story-count]
var connectionString = args.Length > 0 ? args[0] : await BenchDatabase.StartAsync();
var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500;
await using var dataSource = NpgsqlDataSource.Create(connectionString);
await new SchemaMigrator(dataSource).MigrateAsync();

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo => silo.UseLocalhostClustering().AddCodeMySpecGrainServices(dataSource));
using var host = builder.Build();
await host.StartAsync();

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
