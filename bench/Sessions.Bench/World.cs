using System.Net.Http.Headers;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// What one measurement needs on the service, set up over REST as a user would: a person, a team, a project, an agent
/// client with its client-credentials token, and one repository component per agent for its sessions.
/// </summary>
internal sealed record World(Guid ProjectId, string AccessToken, IReadOnlyList<Guid> Components)
{
    public string Sessions => $"/api/projects/{ProjectId}/sessions";

    public static async Task<World> CreateAsync(Uri baseUrl, int agents)
    {
        using var tenant = await BenchTenant.CreateAsync(baseUrl, "Sessions benchmark.");
        var (projectId, token) = (tenant.ProjectId, tenant.AccessToken);
        tenant.Browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var components = await BenchTenant.PostAsync(tenant.Browser, $"/api/projects/{projectId}/architecture/components/batch", new
        {
            components = Enumerable.Range(0, agents).Select(i => new { name = $"Users{i}", module_name = $"Bench.Accounts.Users{i}", type = "repository" }),
        });
        return new World(projectId, token, [.. components.EnumerateArray().Select(c => c.GetProperty("id").GetGuid())]);
    }
}
