using CodeMySpec.Bench.Grains;

namespace CodeMySpec.Bench.Workloads;

/// <summary>Persisted grain writes: a call through IGrainFactory, in-process as the API makes it, that returns after WriteStateAsync.</summary>
internal sealed class GrainWrites(IGrainFactory grains, BenchCallers callers) : IWorkload
{
    public Func<Task> OperationFor(int caller)
    {
        var key = callers.Keys[caller];
        var document = callers.Documents[caller];
        return () => grains.GetGrain<IBenchGrain>(key).WriteAsync(document);
    }
}
