using CodeMySpec.Bench.Grains;
using CodeMySpec.Silo.Persistence;

namespace CodeMySpec.Bench.Workloads;

/// <summary>
/// What each caller writes, shared by both workloads: its own key (grain key and row id), its document,
/// and the exact JSON bytes the grain storage serializer produces for the grain's state.
/// </summary>
internal sealed class BenchCallers
{
    public BenchCallers(int count)
    {
        var serializer = new JsonGrainStateSerializer();
        Keys = [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())];
        Documents = [.. Keys.Select(BenchDocument.For)];
        StateJson = [.. Documents.Select(d => serializer.Serialize(new BenchState { Document = d }).ToArray())];
    }

    public IReadOnlyList<Guid> Keys { get; }

    public IReadOnlyList<BenchDocument> Documents { get; }

    public IReadOnlyList<byte[]> StateJson { get; }
}
