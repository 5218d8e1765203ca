using CodeMySpec.Persistence;

namespace CodeMySpec.Bench.Grains;

internal sealed class BenchGrain(
    [PersistentState("bench", StorageProviders.Postgres)] IPersistentState<BenchState> state) : Grain, IBenchGrain
{
    public async Task WriteAsync(BenchDocument document)
    {
        state.State.Document = document;
        await state.WriteStateAsync();
    }
}
