using System.Diagnostics;
using System.Globalization;
using System.Net;
using CodeMySpec.Accounts;
using CodeMySpec.Security;
using CodeMySpec.TestSupport;
using Orleans.Runtime.Placement;
using Xunit.Abstractions;

namespace CodeMySpec.Cluster.Tests.Failover;

/// <summary>
/// Two real Silo processes on one fresh PostgreSQL database, one of them SIGKILLed: calls cross silos,
/// the survivor declares the lost silo dead within the configured failure detection, and the lost silo's
/// accounts come back on the survivor with every acknowledged write.
/// </summary>
public sealed partial class SiloFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int AccountCount = 40;
    private const string NameA = "silo-a";
    private const string NameB = "silo-b";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly Guid _owner = Guid.NewGuid();
    private readonly FailureDetection _failureDetection = FailureDetection.Fast;
    private MembershipTable _membership = null!;
    private Dictionary<string, string?> _environmentA = null!;
    private Dictionary<string, string?> _environmentB = null!;
    private SiloProcess? _siloA;
    private SiloProcess? _siloB;
    private GatewayClient? _client;
    private bool _completed;

    private string ClusterId => "failover-" + _runId;

    public async Task InitializeAsync()
    {
        try
        {
            await StartClusterAsync();
        }
        catch
        {
            // xUnit does not call DisposeAsync when InitializeAsync fails; silos already started must not outlive the run.
            await DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task Cluster_WhenASiloIsKilled_SurvivorDeclaresItDeadAndServesItsAccountsWithEveryAcknowledgedWrite()
    {
        var grains = _client!.Grains;

        var joined = await _membership.ReadStatusesAsync();
        Assert.Equal(MembershipTable.Active, joined.GetValueOrDefault(NameA));
        Assert.Equal(MembershipTable.Active, joined.GetValueOrDefault(NameB));

        var siloA = await _client.WaitForSiloAsync(Port(_environmentA, "Orleans__SiloPort"), TimeSpan.FromSeconds(15));
        var siloB = await _client.WaitForSiloAsync(Port(_environmentB, "Orleans__SiloPort"), TimeSpan.FromSeconds(15));
        var (acknowledged, hintedToB) = await WriteAccountsAsync(grains, siloB);
        var grainIds = acknowledged.Keys.ToDictionary(id => id, id => grains.GetGrain<IAccountGrain>(id).GetGrainId());
        var before = await GrainLocations.FindAsync(grains, grainIds.Values);
        Assert.All(grainIds.Values, id => Assert.Single(before[id]));
        var onB = acknowledged.Keys.Where(id => before[grainIds[id]].Single().Equals(siloB)).ToList();
        output.WriteLine($"{AccountCount} accounts written through silo A's gateway; {onB.Count} activated on silo B " +
            $"({hintedToB.Count} with a placement hint, {onB.Count(id => !hintedToB.Contains(id))} of the others by the cluster's own placement).");
        Assert.All(hintedToB, id => Assert.Contains(id, onB));
        Assert.NotEmpty(onB);

        var bound = _failureDetection.DeathDeclarationBound;
        var sinceKill = Stopwatch.StartNew();
        _siloB!.Kill();
        var declaredDeadAfter = await WaitUntilDeadAsync(NameB, sinceKill, bound);
        output.WriteLine($"Silo B declared Dead in orleans_membership {declaredDeadAfter.TotalSeconds:F2} s after SIGKILL (bound {bound.TotalSeconds:F0} s).");
        Assert.True(declaredDeadAfter <= bound, $"Silo B was declared Dead only after {declaredDeadAfter}; the bound is {bound}.");
        Assert.Equal(MembershipTable.Active, (await _membership.ReadStatusesAsync()).GetValueOrDefault(NameA));
        await WaitUntilSurvivorAloneAsync(grains, siloA);

        // All of them, not only B's: every acknowledged write must read back, wherever it was activated.
        var sinceDeath = Stopwatch.StartNew();
        foreach (var (id, expected) in acknowledged)
        {
            AssertSameAccount(expected, await grains.GetGrain<IAccountGrain>(id).GetAsync(Scope.ForPerson(_owner, id)));
        }

        output.WriteLine($"All {AccountCount} accounts read back through A in {sinceDeath.Elapsed.TotalSeconds:F2} s; {onB.Count} of them reactivated from PostgreSQL.");
        var after = await GrainLocations.FindAsync(grains, grainIds.Values);
        Assert.All(onB, id => Assert.Equal(siloA, Assert.Single(after[grainIds[id]])));
        _completed = true;
    }

    public async Task DisposeAsync()
    {
        // Idempotent: called from a failed InitializeAsync as well as by xUnit.
        var (client, silos) = (_client, new[] { (NameA, _siloA), (NameB, _siloB) });
        (_client, _siloA, _siloB) = (null, null, null);
        try
        {
            if (client is not null)
            {
                await client.DisposeAsync();
            }
        }
        finally
        {
            foreach (var (name, silo) in silos)
            {
                if (silo is null)
                {
                    continue;
                }

                if (!_completed)
                {
                    output.WriteLine($"--- {name} output ---\n{silo.Output}");
                }

                await silo.DisposeAsync();
            }
        }
    }

    private async Task StartClusterAsync()
    {
        var postgres = await PostgresServer.GetAsync();
        var connectionString = await postgres.CreateDatabaseAsync("cluster");
        _membership = new MembershipTable(connectionString, ClusterId);

        await using (var migrate = await SiloProcess.RunToExitAsync(
            ["migrate"], SiloProcess.Environment(connectionString, ClusterId, "migrate"), TimeSpan.FromSeconds(60)))
        {
            Assert.True(migrate.ExitCode == 0, $"migrate exited with {migrate.ExitCode}:\n{migrate.Output}");
        }

        _environmentA = SiloEnvironment(connectionString, NameA);
        _environmentB = SiloEnvironment(connectionString, NameB);
        _siloA = SiloProcess.StartService(_environmentA);
        _siloB = SiloProcess.StartService(_environmentB);
        await Task.WhenAll(
            _siloA.WaitUntilAsync("/health/ready", StartTimeout),
            _siloB.WaitUntilAsync("/health/ready", StartTimeout));

        // Only A's gateway: whatever runs on B was reached through A.
        var gatewayA = new IPEndPoint(IPAddress.Loopback, Port(_environmentA, "Orleans__GatewayPort"));
        _client = await GatewayClient.ConnectAsync(gatewayA, ClusterId, ClusterId, TimeSpan.FromSeconds(20));
    }

    /// <summary>
    /// Creates each account, then renames it; what the rename returned is the acknowledged state. Every
    /// other account carries a placement hint for silo B: the default placement weighs CPU and memory
    /// statistics and may, right after start-up, put every activation on one silo, and the test needs
    /// some on B for certain. The rest are left to the cluster's own placement.
    /// </summary>
    private async Task<(Dictionary<Guid, AccountDetails> Acknowledged, HashSet<Guid> HintedToB)> WriteAccountsAsync(
        IGrainFactory grains, SiloAddress siloB)
    {
        var acknowledged = new Dictionary<Guid, AccountDetails>();
        var hintedToB = new HashSet<Guid>();
        for (var i = 0; i < AccountCount; i++)
        {
            var id = Guid.NewGuid();
            var account = grains.GetGrain<IAccountGrain>(id);
            var scope = Scope.ForPerson(_owner, id);
            Task Create() => account.CreateAsync(scope, new NewAccount($"Failover {i}", $"fo-{_runId}-{i:D2}", AccountType.Team));
            if (i % 2 == 0)
            {
                hintedToB.Add(id);
                await PlacedOnAsync(siloB, Create);
            }
            else
            {
                await Create();
            }

            acknowledged[id] = await account.RenameAsync(scope, $"Failover {i} renamed {Guid.NewGuid():N}");
        }

        return (acknowledged, hintedToB);
    }

    /// <summary>Activates the grain that <paramref name="activate"/> calls first on <paramref name="silo"/> (a placement hint).</summary>
    private static async Task PlacedOnAsync(SiloAddress silo, Func<Task> activate)
    {
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            await activate();
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }

    /// <summary>Polls the membership table until the silo's row says Dead; fails once the bound has passed.</summary>
    private async Task<TimeSpan> WaitUntilDeadAsync(string siloName, Stopwatch sinceKill, TimeSpan bound)
    {
        var maxPolls = (int)(bound / PollInterval) + 1;
        var last = -1;
        for (var poll = 0; poll < maxPolls && sinceKill.Elapsed <= bound; poll++)
        {
            last = (await _membership.ReadStatusesAsync()).GetValueOrDefault(siloName, -1);
            if (last == MembershipTable.Dead)
            {
                return sinceKill.Elapsed;
            }

            await Task.Delay(PollInterval);
        }

        Assert.Fail($"{siloName} was not declared Dead within {bound} of SIGKILL (last status {last}); failure detection: {_failureDetection}.");
        return sinceKill.Elapsed;
    }

    private Dictionary<string, string?> SiloEnvironment(string connectionString, string siloName)
    {
        var environment = SiloProcess.Environment(connectionString, ClusterId, siloName);
        // Teardown stops A gracefully; this keeps it well inside SiloProcess's 20 s wait before it kills.
        environment["Orleans__ShutdownTimeout"] = "00:00:10";
        _failureDetection.AddTo(environment);
        return environment;
    }

    private static int Port(Dictionary<string, string?> environment, string key) =>
        int.Parse(environment[key]!, CultureInfo.InvariantCulture);

    private static void AssertSameAccount(AccountDetails expected, AccountDetails actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Slug, actual.Slug);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Members.AsEnumerable(), actual.Members.AsEnumerable());
        Assert.Equal(expected.ProjectIds.AsEnumerable(), actual.ProjectIds.AsEnumerable());
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
    }
}
