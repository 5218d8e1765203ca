namespace CodeMySpec.Bench.Auth;

/// <summary>What the benchmark needs on the service: a project and an agent's access token (<see cref="BenchTenant"/>).</summary>
internal sealed record World(Guid ProjectId, string AccessToken)
{
    public static async Task<World> CreateAsync(Uri baseUrl)
    {
        using var tenant = await BenchTenant.CreateAsync(baseUrl, "Auth benchmark.");
        return new World(tenant.ProjectId, tenant.AccessToken);
    }
}
