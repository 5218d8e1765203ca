using Npgsql;

namespace CodeMySpec.Silo.Configuration;

/// <summary>The one database: <c>ConnectionStrings:Postgres</c> (env <c>ConnectionStrings__Postgres</c>).</summary>
internal static class PostgresSettings
{
    public const string Key = "ConnectionStrings:Postgres";

    /// <summary>Reads and checks the connection string, or explains what is wrong with it.</summary>
    public static NpgsqlConnectionStringBuilder Read(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StartupException(
                $"The setting '{Key}' is missing. Set it (environment variable ConnectionStrings__Postgres), " +
                "e.g. 'Host=127.0.0.1;Port=5432;Database=codemyspec;Username=codemyspec;Password=...'.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new StartupException($"The setting '{Key}' is malformed: {e.Message} Use 'Key=Value;' pairs such as 'Host=...;Database=...'.", e);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new StartupException($"The setting '{Key}' names no Host. Add 'Host=<server>' to it.");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new StartupException($"The setting '{Key}' names no Database. Add 'Database=<name>' to it.");
        }

        return builder;
    }

    /// <summary>Where the connection string points, for messages (never the password).</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host}:{builder.Port}/{builder.Database}";
}
