using CodeMySpec.Silo.Configuration;
using CodeMySpec.Silo.Migrations;
using Npgsql;
using Polly;
using Polly.Retry;

namespace CodeMySpec.Silo.Hosting;

/// <summary>
/// Runs before the silo joins: waits (bounded by <c>Database:StartupTimeout</c>) for PostgreSQL to
/// answer, then refuses to serve a schema older than this build. Serving silos never create tables.
/// </summary>
internal sealed class DatabaseStartupGate(NpgsqlDataSource dataSource, NpgsqlConnectionStringBuilder connection, IConfiguration configuration)
    : IHostedService
{
    public const string TimeoutKey = "Database:StartupTimeout";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var timeout = configuration.GetValue(TimeoutKey, TimeSpan.FromSeconds(30));
        Exception? lastFailure = null;

        // The timeout is the outer strategy: it bounds all attempts together, not each one.
        var retry = new ResiliencePipelineBuilder()
            .AddTimeout(timeout)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(e => e.IsTransient || e.InnerException is System.Net.Sockets.SocketException),
                MaxRetryAttempts = int.MaxValue,
                Delay = TimeSpan.FromMilliseconds(250),
                BackoffType = DelayBackoffType.Exponential,
                MaxDelay = TimeSpan.FromSeconds(2),
                OnRetry = args =>
                {
                    lastFailure = args.Outcome.Exception;
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        IReadOnlyList<Migration> pending;
        try
        {
            pending = await retry.ExecuteAsync(
                async token => await new SchemaMigrator(dataSource).FindPendingAsync(token), cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or Polly.Timeout.TimeoutRejectedException)
        {
            var reason = e is NpgsqlException
                ? e.Message
                : $"{lastFailure?.Message ?? "no answer"} (gave up after {timeout}, {TimeoutKey})";
            throw new StartupException(
                $"Cannot reach PostgreSQL at {PostgresSettings.Describe(connection)} (setting '{PostgresSettings.Key}'): {reason}. " +
                "Check that the server runs and that the setting points at it.", e);
        }

        if (pending.Count > 0)
        {
            throw new StartupException(
                $"The database at {PostgresSettings.Describe(connection)} lacks {pending.Count} migration(s) " +
                $"({string.Join(", ", pending.Select(m => $"{m.Version:D4}_{m.Name}"))}). " +
                "Run 'CodeMySpec.Silo migrate' first; serving silos never change the schema.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
