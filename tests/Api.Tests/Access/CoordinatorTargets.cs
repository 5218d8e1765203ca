using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Access;

/// <summary>Coordinator targets for the access rows.</summary>
public static class CoordinatorTargets
{
    private static readonly Actor[] Claimers = [Actor.Owner, Actor.Admin, Actor.Member, Actor.OwnAgent];

    public static string Coordinator(this AccessWorld world, string path = "") => $"/api/projects/{world.ProjectId}/coordinator{path}";

    /// <summary>
    /// A live claim held by the actor when it may claim (claims belong to their holder), else by the owner; a fresh
    /// component first, so the pool of actionable work never runs dry.
    /// </summary>
    public static async Task<Guid> FreshClaimAsync(this AccessWorld world, Actor actor)
    {
        await world.FreshComponentAsync();
        var client = world.ClientOf(Claimers.Contains(actor) ? actor : Actor.Owner);
        var claimed = await client.PostJsonAsync(world.Coordinator("/claims"), new { }, HttpStatusCode.OK);
        return claimed.GetProperty("claim").GetGuid("claim_id");
    }
}
