namespace CodeMySpec.Bench.Grains;

/// <summary>The persisted state of a benchmark grain (state name "bench").</summary>
internal sealed class BenchState
{
    public BenchDocument? Document { get; set; }
}
