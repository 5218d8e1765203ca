using CodeMySpec.Accounts;
using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;
using CodeMySpec.Persistence;
using CodeMySpec.Sessions;
using CodeMySpec.Silo.Architecture;
using CodeMySpec.Silo.Configuration;
using CodeMySpec.Silo.Coordinator;
using CodeMySpec.Silo.Persistence;
using CodeMySpec.Silo.Sessions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CodeMySpec.Silo.Hosting;

/// <summary>
/// What every silo that hosts CodeMySpec grains needs besides clustering: grain state and reminders in
/// PostgreSQL, a clock and the grains' own settings. Shared by the service, the in-process test cluster
/// and the benchmarks so that all three store state the same way.
/// </summary>
internal static class GrainServicesExtensions
{
    public const string Invariant = "Npgsql";

    public static ISiloBuilder AddCodeMySpecGrainServices(this ISiloBuilder silo, NpgsqlDataSource dataSource)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton(SettingsReader.Read<InvitationSettings>(silo.Configuration, InvitationSettings.Section));
        silo.Services.TryAddSingleton(SettingsReader.Read<SessionSettings>(silo.Configuration, SessionSettings.Section));
        silo.Services.TryAddSingleton(SettingsReader.Read<CoordinatorSettings>(silo.Configuration, CoordinatorSettings.Section));
        silo.Services.TryAddSingleton<IArchitectureStore>(new PostgresArchitectureStore(dataSource));
        silo.Services.TryAddSingleton<ICoordinatorStore>(new PostgresCoordinatorStore(dataSource));

        // Built by the container so that it is disposed with it: its group-commit writers end with the silo.
        silo.Services.TryAddSingleton<ISessionStore>(_ => new PostgresSessionStore(dataSource));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, LeaseSweeperRegistration>();
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
