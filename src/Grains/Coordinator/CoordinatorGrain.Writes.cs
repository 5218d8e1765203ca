using CodeMySpec.Persistence;

namespace CodeMySpec.Coordinator;

/// <summary>Writes of the small grain state (claims and approvals).</summary>
internal sealed partial class CoordinatorGrain
{
    /// <summary>
    /// Writes the claims and approvals, as a group commit: a change made while a write is in flight waits for one more
    /// write that carries every change made meanwhile. The claim methods interleave (at their awaits only; each decides
    /// and changes the state in one synchronous step, so two agents still never get the same component), and with 32
    /// agents at once this turns 32 writes in a row into a few.
    /// </summary>
    private Task WriteAsync()
    {
        if (_writeQueued)
        {
            return _lastWrite;
        }

        _writeQueued = true;
        return _lastWrite = WriteAfterAsync(_lastWrite);
    }

    private async Task WriteAfterAsync(Task previous)
    {
        try
        {
            await previous;
        }
        catch
        {
            // The earlier write's callers see its failure; this write tries on its own behalf.
        }

        // From here on a change needs another write: this one may already have read the state.
        _writeQueued = false;
        await state.WriteOrDiscardAsync(this);
    }
}
