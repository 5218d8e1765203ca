using CodeMySpec.Architecture;

namespace CodeMySpec.Grains.Tests.Architecture;

/// <summary>A component model built from module names and "A->B" edges, for the engine tests.</summary>
internal static class TestGraph
{
    private static readonly Guid Project = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    public static Guid Id(string module) => ComponentIds.For(Project, module);

    public static ArchitectureModel Of(IEnumerable<string> modules, params string[] edges) => Of(modules.Select(m => (m, "service")), edges);

    public static ArchitectureModel Of(IEnumerable<(string Module, string Type)> modules, params string[] edges)
    {
        var model = new ArchitectureModel();
        foreach (var (module, type) in modules)
        {
            model.Put(new ComponentRow(Id(module), module, module, type, null, 0, null));
        }

        foreach (var edge in edges)
        {
            var parts = edge.Split("->");
            model.AddDependency(Id(parts[0]), Id(parts[1]));
        }

        return model;
    }

    public static string[] Names(int count) => [.. Enumerable.Range(1, count).Select(i => $"M{i}")];
}
