using CodeMySpec.Bench;
using CodeMySpec.Bench.Hosting;
using CodeMySpec.Bench.Reporting;
using CodeMySpec.Bench.Workloads;
using CodeMySpec.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

await using var dataSource = ServiceDataSource.Create(new NpgsqlConnectionStringBuilder(settings.ConnectionString));
await BenchDatabase.PrepareAsync(dataSource);
var callers = new BenchCallers(settings.Callers.Max());

using var silo = BenchSilo.Build(dataSource);
await silo.StartAsync();
Console.WriteLine(await BenchDatabase.DescribeAsync(dataSource));
Console.WriteLine($"{Environment.ProcessorCount} cores shared by silo, benchmark and server; payload {callers.StateJson[0].Length} bytes of JSON; " +
    $"{settings.Warmup.TotalSeconds:0} s warm-up, then {settings.Rounds} x {settings.Duration.TotalSeconds:0} s per workload and level.");

var benchmark = new StorageBenchmark(settings, Console.Out);
var cells = await benchmark.RunAsync(
    new GrainWrites(silo.Services.GetRequiredService<IGrainFactory>(), callers),
    new PlainUpserts(dataSource, callers));
ResultTable.Print(cells, Console.Out);

await silo.StopAsync();
return 0;
