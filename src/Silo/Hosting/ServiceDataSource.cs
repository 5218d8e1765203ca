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

    public static NpgsqlDataSource Create(NpgsqlConnectionStringBuilder connection) =>
        new NpgsqlDataSourceBuilder(connection.ConnectionString) { Name = Name }.Build();
}
