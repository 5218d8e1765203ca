using CodeMySpec.Persistence;
using CodeMySpec.Silo.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CodeMySpec.Silo.Hosting;

/// <summary>
/// What every silo that hosts CodeMySpec grains needs besides clustering: grain state and reminders in
/// PostgreSQL, and a clock. Shared by the service, the in-process test cluster and the benchmarks so that
/// all three store state the same way.
/// </summary>
internal static class GrainServicesExtensions
{
    public const string Invariant = "Npgsql";

    public static ISiloBuilder AddCodeMySpecGrainServices(this ISiloBuilder silo, NpgsqlDataSource dataSource)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.UseAdoNetReminderService(o => (o.Invariant, o.DataSource) = (Invariant, dataSource));
        silo.AddAdoNetGrainStorage(StorageProviders.Postgres, o =>
        {
            o.Invariant = Invariant;
            o.DataSource = dataSource;
            o.GrainStorageSerializer = new JsonGrainStateSerializer();
        });
        return silo;
    }
}
