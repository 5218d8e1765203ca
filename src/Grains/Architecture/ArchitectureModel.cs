namespace CodeMySpec.Architecture;

/// <summary>
/// A project's component graph in memory: components by id and module name, dependency edges both ways, and
/// similar links. Plain data with no I/O; the grain keeps one and the engines read it.
/// </summary>
internal sealed class ArchitectureModel
{
    private static readonly HashSet<Guid> None = [];

    private readonly Dictionary<Guid, ComponentRow> _components = [];
    private readonly Dictionary<string, Guid> _byModule = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, HashSet<Guid>> _outgoing = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _incoming = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _similar = [];
    private readonly Dictionary<Guid, SpecSummary> _specs = [];

    public long Version { get; set; }

    public IReadOnlyDictionary<Guid, ComponentRow> Components => _components;

    /// <summary>Stored specs by component id, without their content (that stays in the store until read).</summary>
    public IReadOnlyDictionary<Guid, SpecSummary> Specs => _specs;

    public int DependencyCount { get; private set; }

    public static ArchitectureModel From(StoredArchitecture stored)
    {
        var model = new ArchitectureModel { Version = stored.Version };
        foreach (var component in stored.Components)
        {
            model.Put(component);
        }

        foreach (var dependency in stored.Dependencies)
        {
            model.AddDependency(dependency.SourceId, dependency.TargetId);
        }

        foreach (var link in stored.Links)
        {
            model.Link(link.First, link.Second);
        }

        foreach (var spec in stored.Specs)
        {
            model.PutSpec(spec);
        }

        return model;
    }

    public ArchitectureModel Clone()
    {
        var copy = new ArchitectureModel { Version = Version, DependencyCount = DependencyCount };
        foreach (var (id, row) in _components)
        {
            copy._components[id] = row;
            copy._byModule[row.ModuleName] = id;
        }

        CopyEdges(_outgoing, copy._outgoing);
        CopyEdges(_incoming, copy._incoming);
        CopyEdges(_similar, copy._similar);
        foreach (var (id, spec) in _specs)
        {
            copy._specs[id] = spec;
        }

        return copy;
    }

    public IEnumerable<Dependency> Dependencies =>
        _outgoing.SelectMany(pair => pair.Value.Select(target => new Dependency(pair.Key, target)));

    public IEnumerable<SimilarLink> Links =>
        _similar.SelectMany(pair => pair.Value.Where(other => pair.Key.CompareTo(other) < 0).Select(other => new SimilarLink(pair.Key, other)));

    public Guid? FindByModule(string moduleName) => _byModule.TryGetValue(moduleName, out var id) ? id : null;

    public IReadOnlySet<Guid> DependenciesOf(Guid id) => _outgoing.GetValueOrDefault(id) ?? None;

    public IReadOnlySet<Guid> DependentsOf(Guid id) => _incoming.GetValueOrDefault(id) ?? None;

    public IReadOnlySet<Guid> SimilarTo(Guid id) => _similar.GetValueOrDefault(id) ?? None;

    public bool HasDependency(Guid source, Guid target) => DependenciesOf(source).Contains(target);

    public IEnumerable<Guid> ChildrenOf(Guid id) => _components.Values.Where(c => c.ParentId == id).Select(c => c.Id);

    public void Put(ComponentRow row)
    {
        if (_components.TryGetValue(row.Id, out var old))
        {
            _byModule.Remove(old.ModuleName);
        }

        _components[row.Id] = row;
        _byModule[row.ModuleName] = row.Id;
    }

    /// <summary>Removes a component with its edges; returns the dependencies and links that went with it.</summary>
    public (List<Dependency> Dependencies, List<SimilarLink> Links) Remove(Guid id)
    {
        var dependencies = DependenciesOf(id).Select(t => new Dependency(id, t))
            .Concat(DependentsOf(id).Select(s => new Dependency(s, id))).ToList();
        var links = SimilarTo(id).Select(o => SimilarLink.Of(id, o)).ToList();
        dependencies.ForEach(d => RemoveDependency(d.SourceId, d.TargetId));
        links.ForEach(l => Unlink(l.First, l.Second));
        _byModule.Remove(_components[id].ModuleName);
        _components.Remove(id);
        _specs.Remove(id);
        return (dependencies, links);
    }

    public void PutSpec(SpecSummary spec) => _specs[spec.ComponentId] = spec;

    public bool AddDependency(Guid source, Guid target)
    {
        if (!Edges(_outgoing, source).Add(target))
        {
            return false;
        }

        Edges(_incoming, target).Add(source);
        DependencyCount++;
        return true;
    }

    public bool RemoveDependency(Guid source, Guid target)
    {
        if (!_outgoing.TryGetValue(source, out var targets) || !targets.Remove(target))
        {
            return false;
        }

        _incoming[target].Remove(source);
        DependencyCount--;
        return true;
    }

    public bool Link(Guid a, Guid b) => Edges(_similar, a).Add(b) & Edges(_similar, b).Add(a);

    public bool Unlink(Guid a, Guid b) =>
        (_similar.TryGetValue(a, out var ofA) && ofA.Remove(b)) | (_similar.TryGetValue(b, out var ofB) && ofB.Remove(a));

    private static HashSet<Guid> Edges(Dictionary<Guid, HashSet<Guid>> edges, Guid id)
    {
        if (!edges.TryGetValue(id, out var set))
        {
            edges[id] = set = [];
        }

        return set;
    }

    private static void CopyEdges(Dictionary<Guid, HashSet<Guid>> from, Dictionary<Guid, HashSet<Guid>> to)
    {
        foreach (var (id, set) in from)
        {
            to[id] = [.. set];
        }
    }
}
