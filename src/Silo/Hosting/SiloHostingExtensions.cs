using CodeMySpec.Silo.Configuration;
using CodeMySpec.Silo.Health;
using Orleans.Configuration;

namespace CodeMySpec.Silo.Hosting;

/// <summary>Wires the Orleans silo on PostgreSQL into the web host.</summary>
internal static class SiloHostingExtensions
{
    public static WebApplicationBuilder AddCodeMySpecSilo(this WebApplicationBuilder builder)
    {
        var connection = PostgresSettings.Read(builder.Configuration);
        var settings = SettingsReader.Read<OrleansSettings>(builder.Configuration, OrleansSettings.Section);
        var dataSource = ServiceDataSource.Create(connection);

        builder.Services.AddSingleton(connection);
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<SiloLifecycleState>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.ShutdownTimeout);
        builder.Services.AddSiloHealthChecks();

        // Registered before the silo so that the gate runs before it starts; the drain runs in StoppingAsync,
        // which the host calls on every service before any of them (the silo included) stops.
        builder.Services.AddHostedService<DatabaseStartupGate>();
        builder.Services.AddHostedService<ShutdownDrain>();

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
            silo.Configure<SiloOptions>(o => o.SiloName = settings.EffectiveSiloName);
            silo.ConfigureEndpoints(settings.EffectiveAdvertisedAddress, settings.SiloPort, settings.GatewayPort,
                listenOnAnyHostAddress: settings.ListenOnAnyHostAddress);
            silo.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection($"{OrleansSettings.Section}:FailureDetection"));
            silo.UseAdoNetClustering(o => (o.Invariant, o.DataSource) = (GrainServicesExtensions.Invariant, dataSource));
            silo.AddCodeMySpecGrainServices(dataSource);
            silo.Services.Insert(0, ServiceDescriptor.Singleton<IGrainInterfaceTypeProvider, RememberedGrainInterfaceTypes>());
        });
        return builder;
    }
}
