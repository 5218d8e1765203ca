namespace CodeMySpec.Bench.Grains;

/// <summary>A grain whose only job is to persist a document (key: one per benchmark caller).</summary>
[Alias("CodeMySpec.Bench.IBenchGrain")]
public interface IBenchGrain : IGrainWithGuidKey
{
    /// <summary>Replaces the stored document and returns once the write is in PostgreSQL.</summary>
    [Alias("Write")]
    Task WriteAsync(BenchDocument document);
}
