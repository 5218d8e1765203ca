using System.Net;
using System.Net.Http.Json;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Access;

/// <summary>Fresh components in the world's project for the architecture rows, created by the owner.</summary>
public static class ArchitectureTargets
{
    public static string NewModule() => "Shop.M" + Guid.NewGuid().ToString("N")[..12];

    public static string Architecture(this AccessWorld world, string path = "") => $"/api/projects/{world.ProjectId}/architecture{path}";

    public static async Task<(Guid Id, string Module)> FreshComponentAsync(this AccessWorld world)
    {
        var module = NewModule();
        var created = await world.Owner.Http.PostJsonAsync(world.Architecture("/components"), new { name = "Part", module_name = module, type = "context" }, HttpStatusCode.Created);
        return (created.GetGuid("id"), module);
    }

    /// <summary>A valid context_spec document for a module.</summary>
    public static string ContextSpec(string module) =>
        $"# {module}\n\n## Delegates\n\n- list/0: {module}.Items.list/0\n\n## Dependencies\n\nNone\n\n## Components\n\n### {module}.Item\nOne item.\n";

    /// <summary>A new component (a context) with a stored spec; returns the component id.</summary>
    public static async Task<Guid> FreshSpecAsync(this AccessWorld world)
    {
        var (id, module) = await world.FreshComponentAsync();
        using var stored = await world.Owner.Http.PutAsJsonAsync($"/api/projects/{world.ProjectId}/components/{id}/spec", new { content = ContextSpec(module) });
        await stored.ReadAsync(HttpStatusCode.OK);
        return id;
    }

    /// <summary>A new story linked to a new component; returns the story id.</summary>
    public static async Task<Guid> FreshLinkedStoryAsync(this AccessWorld world)
    {
        var componentId = (await world.FreshComponentAsync()).Id;
        var storyPath = await world.FreshStoryPathAsync();
        using var linked = await world.Owner.Http.PutAsJsonAsync($"{storyPath}/component", new { component_id = componentId });
        await linked.ReadAsync(HttpStatusCode.OK);
        return Guid.Parse(storyPath[(storyPath.LastIndexOf('/') + 1)..]);
    }

    public static async Task<(Guid Source, Guid Target)> FreshDependencyAsync(this AccessWorld world)
    {
        var (source, target) = ((await world.FreshComponentAsync()).Id, (await world.FreshComponentAsync()).Id);
        await world.Owner.Http.PostJsonAsync(world.Architecture("/dependencies"), new { source_component_id = source, target_component_id = target }, HttpStatusCode.Created);
        return (source, target);
    }

    public static async Task<(Guid First, Guid Second)> FreshSimilarAsync(this AccessWorld world)
    {
        var (first, second) = ((await world.FreshComponentAsync()).Id, (await world.FreshComponentAsync()).Id);
        using var response = await world.Owner.Http.PostAsJsonAsync(world.Architecture("/similar"), new { component_id = first, similar_component_id = second });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return (first, second);
    }
}
