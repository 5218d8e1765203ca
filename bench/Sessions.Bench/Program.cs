using CodeMySpec.Bench.Sessions;

var options = BenchOptions.Parse(args);
return options.Mode switch
{
    "steps" => await StepsBenchmark.RunAsync(options),
    "idle" => await IdleSessions.RunAsync(options),
    _ => throw new ArgumentException($"Unknown mode {options.Mode}; use steps or idle."),
};
