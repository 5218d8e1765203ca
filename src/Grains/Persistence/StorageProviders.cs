namespace CodeMySpec.Persistence;

/// <summary>Names of the grain storage providers the silo registers.</summary>
public static class StorageProviders
{
    /// <summary>Grain state in PostgreSQL through the Orleans ADO.NET provider, as JSON.</summary>
    public const string Postgres = "postgres";
}
