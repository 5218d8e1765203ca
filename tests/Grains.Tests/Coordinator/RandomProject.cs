using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;
using CodeMySpec.Sessions;
using ComponentPaths = CodeMySpec.Profiles.ComponentPaths;

namespace CodeMySpec.Grains.Tests.Coordinator;

/// <summary>
/// A phoenix-style component graph with mutable evidence for the requirement engine tests: contexts with children
/// (some nested), top-level components, acyclic dependencies on earlier components, and random changes of files,
/// test results, specs and approvals.
/// </summary>
internal sealed class RandomProject
{
    private static readonly string[] ChildTypes = ["service", "schema", "behaviour", "repository", "liveview", "genserver", "context"];

    private RandomProject(List<Component> components)
    {
        Components = components;
        Pool = [.. components.SelectMany(c => new[] { PathsOf(c).SpecFile, PathsOf(c).CodeFile, PathsOf(c).TestFile, PathsOf(c).ReviewFile })
            .OfType<string>().Distinct(), "mix.exs", "README.md"];
    }

    public List<Component> Components { get; }

    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FileTests> Tests { get; } = new(StringComparer.Ordinal);

    public Dictionary<Guid, string> Specs { get; } = [];

    public Dictionary<Guid, string> Approvals { get; } = [];

    /// <summary>Every path a change may add or remove.</summary>
    public List<string> Pool { get; }

    public RequirementInputs Inputs => new(Components, Specs, Files, Tests, Approvals, ComponentTypes.Profile);

    public static ComponentPaths PathsOf(Component component) => ComponentTypes.Profile.PathsFor(component.ModuleName, component.Type);

    public static RandomProject Create(Random random)
    {
        var shapes = new List<(string Module, string Type, int? Parent)>();
        for (var i = random.Next(2, 7); i > 0; i--)
        {
            var context = shapes.Count;
            shapes.Add(($"App.Ctx{context}", random.Next(4) == 0 ? "coordination_context" : "context", null));
            for (var j = random.Next(0, 5); j > 0; j--)
            {
                var child = shapes.Count;
                var type = ChildTypes[random.Next(ChildTypes.Length)];
                shapes.Add(($"App.Ctx{context}.Part{child}", type, context));
                if (type == "context")
                {
                    shapes.Add(($"App.Ctx{context}.Part{child}.Leaf", "service", child));
                }
            }
        }

        for (var k = random.Next(0, 4); k > 0; k--)
        {
            shapes.Add(($"AppWeb.Live{shapes.Count}", "liveview", null));
        }

        var ids = shapes.Select(_ => RandomGuid(random)).ToList();
        var components = shapes.Select((s, n) => new Component(ids[n], s.Module, s.Module, s.Type, null, random.Next(0, 3),
            s.Parent is { } parent ? ids[parent] : null,
            n == 0 ? [] : [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => ids[random.Next(n)]).Distinct()], [])).ToList();
        return new RandomProject(components);
    }

    /// <summary>Contexts, each depending on the one before it.</summary>
    public static RandomProject Chain(int length)
    {
        var ids = Enumerable.Range(0, length).Select(_ => Guid.NewGuid()).ToList();
        return new RandomProject([.. ids.Select((id, n) => new Component(id, $"Chain{n}", $"App.Chain{n}", "context", null, 0, null, n == 0 ? [] : [ids[n - 1]], []))]);
    }

    /// <summary>A context and that many service children.</summary>
    public static RandomProject ContextWithChildren(int children)
    {
        var context = Guid.NewGuid();
        return new RandomProject([new Component(context, "Ctx", "App.Ctx", "context", null, 0, null, [], []),
            .. Enumerable.Range(0, children).Select(n => new Component(Guid.NewGuid(), $"Part{n}", $"App.Ctx.Part{n}", "service", null, 0, context, [], []))]);
    }

    /// <summary>Gives a component every piece of evidence its own requirements ask for (not its children's or dependencies').</summary>
    public RequirementChange Complete(Component component)
    {
        var paths = PathsOf(component);
        string[] files = [paths.SpecFile, paths.CodeFile, paths.TestFile, .. paths.ReviewFile is { } review ? [review] : Array.Empty<string>()];
        Files.UnionWith(files);
        Specs[component.Id] = "approved";
        Approvals[component.Id] = "approved";
        Tests[paths.TestFile] = new FileTests(paths.TestFile, [new TestCaseResult("works", "works", paths.TestFile, TestOutcome.Passed)], DateTimeOffset.UnixEpoch);
        return new RequirementChange(files, [component.Id]);
    }

    /// <summary>One to four random changes, applied, and what they changed as the grain reports it.</summary>
    public RequirementChange Change(Random random)
    {
        var paths = new List<string>();
        var components = new List<Guid>();
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var component = Components[random.Next(Components.Count)];
            switch (random.Next(100))
            {
                case < 10:
                    // Often enough that completions (and so dependents waiting on them) flip back and forth.
                    var completed = Complete(component);
                    paths.AddRange(completed.Paths);
                    components.AddRange(completed.Components);
                    break;
                case < 40:
                    var path = Pool[random.Next(Pool.Count)];
                    if (!Files.Remove(path))
                    {
                        Files.Add(path);
                    }

                    paths.Add(path);
                    break;
                case < 65:
                    var file = random.Next(10) == 0 ? "test/unknown_test.exs" : PathsOf(component).TestFile;
                    Tests[file] = new FileTests(file, [.. Enumerable.Range(0, random.Next(1, 4)).Select(t =>
                        new TestCaseResult($"t{t}", $"case t{t}", file, (TestOutcome)random.Next(3)))], DateTimeOffset.UnixEpoch);
                    paths.Add(file);
                    break;
                case < 85:
                    Toggle(Specs, component.Id, random.Next(4) == 0 ? null : $"h{random.Next(3)}");
                    components.Add(component.Id);
                    break;
                default:
                    Toggle(Approvals, component.Id, random.Next(3) switch { 0 => null, 1 => Specs.GetValueOrDefault(component.Id), _ => $"h{random.Next(3)}" });
                    components.Add(component.Id);
                    break;
            }
        }

        return new RequirementChange(paths, components);
    }

    private static void Toggle(Dictionary<Guid, string> hashes, Guid id, string? hash)
    {
        if (hash is null)
        {
            hashes.Remove(id);
        }
        else
        {
            hashes[id] = hash;
        }
    }

    private static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
