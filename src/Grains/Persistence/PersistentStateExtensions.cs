namespace CodeMySpec.Persistence;

/// <summary>Writes that either land or leave no trace in the activation.</summary>
internal static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; if the write fails, the activation is dropped so that the next call reloads the
    /// last acknowledged state instead of serving changes that never reached the database.
    /// </summary>
    public static async Task WriteOrDiscardAsync<T>(this IPersistentState<T> state, IGrainBase owner)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            owner.DeactivateOnIdle();
            throw;
        }
    }
}
