using System.Threading.Channels;
using Npgsql;

namespace CodeMySpec.Silo.Persistence;

/// <summary>
/// Group commit: concurrent callers' statements are sent together, as one batch in one round trip that PostgreSQL runs
/// as one implicit transaction, and each caller is answered only after that transaction committed. Many sessions
/// stepping at once then share a commit (and its WAL flush) instead of paying one each.
/// </summary>
/// <remarks>
/// Two writers run at once: while one waits for its commit, the other gathers the next batch. A batch that fails is run
/// again one statement at a time, so one caller's bad statement fails only that caller.
/// </remarks>
internal sealed class GroupCommit : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly int _maxBatch;
    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>();
    private readonly Task[] _writers;

    public GroupCommit(NpgsqlDataSource dataSource, int writers = 2, int maxBatch = 64)
    {
        (_dataSource, _maxBatch) = (dataSource, maxBatch);
        _writers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(WriteLoopAsync))];
    }

    /// <summary>
    /// Runs the statement <paramref name="command"/> builds (it may be built again for a retry) and returns the first
    /// column of its first row, or null when it returned none, once its transaction committed.
    /// </summary>
    public Task<object?> ExecuteAsync(Func<NpgsqlBatchCommand> command)
    {
        var write = new Write(command, new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(write) ? write.Done.Task : throw new ObjectDisposedException(nameof(GroupCommit));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteLoopAsync()
    {
        // Each writer keeps its own connection: one taken from the pool per batch would be reset on every return,
        // seven statements that cost the server more than a small batch itself.
        NpgsqlConnection? connection = null;
        var batch = new List<Write>(_maxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                try
                {
                    connection ??= await _dataSource.OpenConnectionAsync();
                    await RunAsync(connection, batch);
                }
                catch (Exception e)
                {
                    connection = await DropAsync(connection);
                    if (batch.Count == 1)
                    {
                        batch[0].Done.TrySetException(e);
                    }
                    else
                    {
                        foreach (var write in batch)
                        {
                            connection = await RunAloneAsync(connection, write);
                        }
                    }
                }

                batch.Clear();
            }
        }
        finally
        {
            await DropAsync(connection);
        }
    }

    private async Task<NpgsqlConnection?> RunAloneAsync(NpgsqlConnection? connection, Write write)
    {
        try
        {
            connection ??= await _dataSource.OpenConnectionAsync();
            await RunAsync(connection, [write]);
            return connection;
        }
        catch (Exception e)
        {
            write.Done.TrySetException(e);
            return await DropAsync(connection);
        }
    }

    /// <summary>After a failure the connection may be broken or mid-protocol: it is closed and the next batch opens another.</summary>
    private static async Task<NpgsqlConnection?> DropAsync(NpgsqlConnection? connection)
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        return null;
    }

    private static async Task RunAsync(NpgsqlConnection connection, List<Write> writes)
    {
        var results = new object?[writes.Count];
        await using (var batch = new NpgsqlBatch(connection))
        {
            foreach (var write in writes)
            {
                batch.BatchCommands.Add(write.Command());
            }

            await using var reader = await batch.ExecuteReaderAsync();
            for (var i = 0; i < writes.Count; i++)
            {
                results[i] = await reader.ReadAsync() ? reader.GetValue(0) : null;
                await reader.NextResultAsync();
            }
        }

        // Only now: the batch's implicit transaction committed when its last result was read.
        for (var i = 0; i < writes.Count; i++)
        {
            writes[i].Done.TrySetResult(results[i]);
        }
    }

    private sealed record Write(Func<NpgsqlBatchCommand> Command, TaskCompletionSource<object?> Done);
}
