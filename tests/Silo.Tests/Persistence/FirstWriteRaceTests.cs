using CodeMySpec.Silo.Migrations;
using CodeMySpec.Silo.Tests.Fixtures;
using Npgsql;

namespace CodeMySpec.Silo.Tests.Persistence;

/// <summary>
/// The stock Orleans schema lets two concurrent first writes of one grain both insert (no unique key).
/// Here the same race, fired through the very query the provider runs, must leave one row and one winner;
/// the losers get no version back, which the provider turns into an InconsistentStateException.
/// </summary>
public sealed class FirstWriteRaceTests : IAsyncLifetime
{
    private const int Grains = 25;
    private const int WritersPerGrain = 8;

    private NpgsqlDataSource _database = null!;
    private GrainStateQueries _queries = null!;

    public async Task InitializeAsync()
    {
        _database = NpgsqlDataSource.Create(await Databases.EmptyAsync());
        await new SchemaMigrator(_database).MigrateAsync();
        _queries = new GrainStateQueries(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ConcurrentFirstWrites_OfOneGrain_LeaveExactlyOneRowAndOneWinner()
    {
        var write = await _queries.TextAsync("WriteToStorageKey");
        var keys = Enumerable.Range(0, Grains).Select(_ => Guid.NewGuid()).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = keys.SelectMany(key => Enumerable.Range(0, WritersPerGrain).Select(async writer =>
        {
            await start.Task;
            return (Key: key, Writer: writer, Version: await _queries.WriteAsync(write, key, null, $"{{\"writer\": {writer}}}"));
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        foreach (var key in keys)
        {
            var forKey = results.Where(r => r.Key == key).ToList();
            var winner = Assert.Single(forKey, r => r.Version == 1);
            Assert.All(forKey.Where(r => r != winner), r => Assert.Null(r.Version));
            var (rows, payload) = await _queries.RowsAsync(key);
            Assert.Equal(1, rows);
            Assert.Equal($"{{\"writer\": {winner.Writer}}}", payload);
        }
    }

    [Fact]
    public async Task Write_WithAStaleVersion_IsRefusedAndKeepsTheNewerState()
    {
        var write = await _queries.TextAsync("WriteToStorageKey");
        var key = Guid.NewGuid();
        Assert.Equal(1, await _queries.WriteAsync(write, key, null, "{\"n\": 1}"));
        Assert.Equal(2, await _queries.WriteAsync(write, key, 1, "{\"n\": 2}"));

        var stale = await _queries.WriteAsync(write, key, 1, "{\"n\": 3}");

        Assert.Null(stale);
        Assert.Equal((1L, "{\"n\": 2}"), await _queries.RowsAsync(key));
    }

    [Fact]
    public async Task FirstWrite_ForAGrainThatAlreadyHasState_IsRefused()
    {
        var write = await _queries.TextAsync("WriteToStorageKey");
        var key = Guid.NewGuid();
        Assert.Equal(1, await _queries.WriteAsync(write, key, null, "{\"n\": 1}"));

        Assert.Null(await _queries.WriteAsync(write, key, null, "{\"n\": 9}"));
        Assert.Equal((1L, "{\"n\": 1}"), await _queries.RowsAsync(key));
    }
}
