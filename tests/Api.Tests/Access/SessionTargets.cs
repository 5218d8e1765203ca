using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Access;

/// <summary>Fresh sessions in the world's project for the session rows, started and driven by the owner.</summary>
public static class SessionTargets
{
    public static string Sessions(this AccessWorld world, string path = "") => $"/api/projects/{world.ProjectId}/sessions{path}";

    /// <summary>A new context_spec session on a new context; returns its path.</summary>
    public static async Task<string> FreshSessionPathAsync(this AccessWorld world)
    {
        var (componentId, _) = await world.FreshComponentAsync();
        var session = await world.Owner.Http.PostJsonAsync(world.Sessions(), new { type = "context_spec", component_id = componentId }, HttpStatusCode.Created);
        return world.Sessions($"/{session.GetGuid("id")}");
    }

    /// <summary>A new session with a pending interaction; returns the interaction's path.</summary>
    public static async Task<string> FreshInteractionPathAsync(this AccessWorld world)
    {
        var path = await world.FreshSessionPathAsync();
        var next = await world.Owner.Http.PostJsonAsync($"{path}/next-command", new { }, HttpStatusCode.OK);
        return $"{path}/interactions/{next.GetProperty("interaction").GetGuid("id")}";
    }
}
