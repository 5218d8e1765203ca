namespace CodeMySpec.Bench.Workloads;

/// <summary>A way of persisting the benchmark document; each caller writes its own grain or row.</summary>
internal interface IWorkload
{
    /// <summary>The one operation caller number <paramref name="caller"/> repeats.</summary>
    Func<Task> OperationFor(int caller);
}
