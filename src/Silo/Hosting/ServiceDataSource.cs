using Npgsql;

namespace CodeMySpec.Silo.Hosting;

/// <summary>
/// The one NpgsqlDataSource the service opens its connections from (Orleans clustering, grain state,
/// reminders, health). The storage benchmark builds its data source here too, so that the grain path
/// and its plain-Npgsql baseline always run with the service's own connection settings.
/// </summary>
internal static class ServiceDataSource
{
    public const string Name = "codemyspec";

    /// <summary>Statements Npgsql keeps prepared per connection unless the connection string says otherwise.</summary>
    public const int MaxAutoPrepare = 50;

    private const string MaxAutoPrepareKeyword = "Max Auto Prepare";

    public static NpgsqlDataSource Create(NpgsqlConnectionStringBuilder connection)
    {
        var builder = new NpgsqlDataSourceBuilder(connection.ConnectionString) { Name = Name };

        // The Orleans providers send the same few statement texts over and over, unprepared. The grain
        // write (two data-modifying CTEs) costs PostgreSQL about ten times a plain upsert to parse and
        // plan, more than it costs to execute; prepared, it is planned once per connection. Room for
        // every statement the service runs often. A connection string that sets the value keeps it
        // (0 for a transaction-mode pooler without prepared-statement support).
        if (!builder.ConnectionStringBuilder.ShouldSerialize(MaxAutoPrepareKeyword))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.Build();
    }
}
