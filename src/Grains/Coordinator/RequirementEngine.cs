using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Profiles;
using ComponentPaths = CodeMySpec.Profiles.ComponentPaths;

namespace CodeMySpec.Coordinator;

/// <summary>
/// Turns evidence into requirement status (DOMAIN.md §5). Pure: plain data in, plain data out. Each component's
/// requirements form a chain (each has the one before it as prerequisite), with the approval gate inserted before
/// the first code or test requirement; <c>dependencies_satisfied</c> reads the dependencies' completion, which is
/// why components are evaluated in dependency order.
/// </summary>
internal static class RequirementEngine
{
    private const int ListedNames = 10;

    public static Evaluation Evaluate(RequirementInputs inputs)
    {
        var byId = new Dictionary<Guid, Component>(inputs.Components.Count);
        foreach (var component in inputs.Components)
        {
            byId[component.Id] = component;
        }

        var children = inputs.Components.Where(c => c.ParentComponentId is { } p && byId.ContainsKey(p))
            .ToLookup(c => c.ParentComponentId!.Value);
        var paths = inputs.Components.ToDictionary(c => c.Id, c => inputs.Profile.PathsFor(c.ModuleName, c.Type));
        var missingSpecs = new Dictionary<Guid, List<string>>();
        var missingCode = new Dictionary<Guid, List<string>>();
        var results = new Dictionary<Guid, ComponentRequirements>(inputs.Components.Count);
        var ordered = ImmutableArray.CreateBuilder<ComponentRequirements>(inputs.Components.Count);
        foreach (var component in DependencyOrder(inputs.Components, byId))
        {
            var context = new ComponentContext(component, paths[component.Id], inputs,
                () => Missing(component.Id, children, paths, p => p.SpecFile, inputs.Files, missingSpecs),
                () => Missing(component.Id, children, paths, p => p.CodeFile, inputs.Files, missingCode),
                () => component.DependsOn.Where(d => byId.ContainsKey(d) && !(results.TryGetValue(d, out var r) && r.Complete)).Select(d => byId[d].ModuleName).ToList());
            var result = EvaluateComponent(context);
            results[component.Id] = result;
            ordered.Add(result);
        }

        return new Evaluation(ordered.ToImmutable(), results);
    }

    /// <summary>One component from its context; <see cref="RequirementModel"/> calls it for the components a change touched.</summary>
    internal static ComponentRequirements EvaluateComponent(ComponentContext c)
    {
        var type = c.Inputs.Profile.ComponentTypes.GetValueOrDefault(c.Component.Type) ?? c.Inputs.Profile.Type("other");
        var tests = c.Inputs.Tests.GetValueOrDefault(c.Paths.TestFile);
        var failing = tests is null ? [] : tests.Failing.Select(t => t.FullTitle).ToImmutableArray();
        var testStatus = tests is null || tests.Ran == 0 ? "not_run" : failing.Length > 0 ? "failing" : "passing";

        var requirements = ImmutableArray.CreateBuilder<RequirementStatus>(type.Requirements.Length + 1);
        var previousEffective = true;
        string? previous = null;
        foreach (var (name, satisfied, details) in Checks(c, type, tests, failing, testStatus))
        {
            var sessionType = RequirementNames.SessionType(name, type.IsContext);
            var effective = satisfied && previousEffective;
            var actionable = !satisfied && sessionType is not null && previousEffective;
            requirements.Add(new RequirementStatus(name, satisfied, effective, actionable, sessionType,
                previous is null ? [] : [previous], details));
            previousEffective = effective;
            previous = name;
        }

        var all = requirements.ToImmutable();
        var firstOpen = all.FirstOrDefault(r => !r.EffectivelySatisfied);
        return new ComponentRequirements(c.Component.Id, c.Component.ModuleName, c.Component.Type, c.Component.Priority,
            c.Inputs.Files.Contains(c.Paths.SpecFile), c.Inputs.Files.Contains(c.Paths.CodeFile), c.Inputs.Files.Contains(c.Paths.TestFile),
            testStatus, failing, all, RequirementNames.NextAction(firstOpen?.Name, testStatus), firstOpen is null);
    }

    private static IEnumerable<(string Name, bool Satisfied, string Details)> Checks(
        ComponentContext c, ComponentTypeDefinition type, FileTests? tests, ImmutableArray<string> failing, string testStatus)
    {
        var gated = false;
        foreach (var kind in type.Requirements)
        {
            if (!gated && RequirementNames.NeedsApprovedDesign(kind))
            {
                gated = true;
                yield return Approval(c);
            }

            yield return kind switch
            {
                RequirementKind.SpecFile => FileCheck("spec_file", c.Paths.SpecFile, c.Inputs.Files),
                RequirementKind.SpecValid => c.Inputs.SpecHashes.ContainsKey(c.Component.Id)
                    ? ("spec_valid", true, "A valid spec is stored for this component.")
                    : ("spec_valid", false, $"No valid spec is stored for {c.Component.ModuleName}; write {c.Paths.SpecFile} and store it as a {type.DocumentType.ToString().ToLowerInvariant()} document (a spec session validates and stores it)."),
                RequirementKind.ReviewFile => FileCheck("review_file", c.Paths.ReviewFile!, c.Inputs.Files),
                RequirementKind.ChildrenDesigns => Descendants("children_designs", c.MissingSpecs(), "spec file"),
                RequirementKind.ChildrenImplementations => Descendants("children_implementations", c.MissingCode(), "code file"),
                RequirementKind.DependenciesSatisfied => Dependencies(c.IncompleteDependencies()),
                RequirementKind.ImplementationFile => FileCheck("implementation_file", c.Paths.CodeFile, c.Inputs.Files),
                RequirementKind.TestFile => FileCheck("test_file", c.Paths.TestFile, c.Inputs.Files),
                RequirementKind.TestsPassing => TestsPassing(c.Paths.TestFile, tests, failing, testStatus),
                _ => throw new ArgumentOutOfRangeException(nameof(type)),
            };
        }
    }

    private static (string, bool, string) FileCheck(string name, string path, IReadOnlySet<string> files) =>
        files.Contains(path) ? (name, true, $"{path} exists.") : (name, false, $"{path} is not in the reported file list.");

    private static (string, bool, string) Approval(ComponentContext c)
    {
        const string name = RequirementNames.DesignApproved;
        var spec = c.Inputs.SpecHashes.GetValueOrDefault(c.Component.Id);
        var approved = c.Inputs.ApprovedHashes.GetValueOrDefault(c.Component.Id);
        return (spec, approved) switch
        {
            (null, _) => (name, false, "There is no stored spec to approve yet."),
            (_, null) => (name, false, "A person must approve the spec before code and test work starts."),
            _ when spec == approved => (name, true, $"A person approved the spec with content hash {spec}."),
            _ => (name, false, $"The spec changed since it was approved ({approved} → {spec}); a person must approve it again."),
        };
    }

    private static (string, bool, string) Descendants(string name, List<string> missing, string what) =>
        missing.Count == 0
            ? (name, true, $"Every descendant has its {what}.")
            : (name, false, $"{missing.Count} descendant(s) lack their {what}: {Names(missing)}.");

    private static (string, bool, string) Dependencies(List<string> incomplete) =>
        incomplete.Count == 0
            ? ("dependencies_satisfied", true, "Every dependency has all its requirements satisfied.")
            : ("dependencies_satisfied", false, $"Waiting for {incomplete.Count} dependenc(ies): {Names(incomplete)}.");

    private static (string, bool, string) TestsPassing(string testFile, FileTests? tests, ImmutableArray<string> failing, string testStatus) => testStatus switch
    {
        "passing" => ("tests_passing", true, $"{tests!.Ran} test(s) of {testFile} ran in the latest report and none failed."),
        "failing" => ("tests_passing", false, $"{failing.Length} of {tests!.Ran} test(s) of {testFile} failed: {Names(failing)}."),
        _ => ("tests_passing", false, $"No reported test run ran the tests of {testFile}; run them and report the results (not run is never passing)."),
    };

    private static string Names(IReadOnlyCollection<string> names) =>
        names.Count <= ListedNames ? string.Join(", ", names) : string.Join(", ", names.Take(ListedNames)) + $" and {names.Count - ListedNames} more";

    /// <summary>Descendants (depth first) whose file is missing, memoised per component.</summary>
    internal static List<string> Missing(Guid id, ILookup<Guid, Component> children, IReadOnlyDictionary<Guid, ComponentPaths> paths,
        Func<ComponentPaths, string> file, IReadOnlySet<string> files, Dictionary<Guid, List<string>> memo)
    {
        if (memo.TryGetValue(id, out var known))
        {
            return known;
        }

        var missing = new List<string>();
        foreach (var child in children[id])
        {
            if (!files.Contains(file(paths[child.Id])))
            {
                missing.Add(child.ModuleName);
            }

            missing.AddRange(Missing(child.Id, children, paths, file, files, memo));
        }

        memo[id] = missing;
        return missing;
    }

    // Ordinal, as the fallback below: the default string comparison is culture-aware, slower by an order of magnitude
    // on big graphs, and would order module names differently from everything else here.
    private static readonly Comparer<(int Priority, string ModuleName)> ReadyOrder = Comparer<(int Priority, string ModuleName)>.Create((a, b) =>
        a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : string.CompareOrdinal(a.ModuleName, b.ModuleName));

    /// <summary>Kahn's algorithm: a component comes after everything it depends on; among ready ones, lower priority value, then module name, first.</summary>
    public static IEnumerable<Component> DependencyOrder(IReadOnlyList<Component> components, IReadOnlyDictionary<Guid, Component> byId)
    {
        var waiting = new Dictionary<Guid, int>(components.Count);
        var dependents = new Dictionary<Guid, List<Guid>>();
        var ready = new PriorityQueue<Component, (int, string)>(ReadyOrder);
        foreach (var component in components)
        {
            var count = 0;
            foreach (var target in component.DependsOn.Where(byId.ContainsKey).Distinct())
            {
                count++;
                (dependents.TryGetValue(target, out var list) ? list : dependents[target] = []).Add(component.Id);
            }

            waiting[component.Id] = count;
            if (count == 0)
            {
                ready.Enqueue(component, (component.Priority, component.ModuleName));
            }
        }

        var emitted = 0;
        while (ready.TryDequeue(out var next, out _))
        {
            emitted++;
            yield return next;
            foreach (var dependent in dependents.GetValueOrDefault(next.Id) ?? [])
            {
                if (--waiting[dependent] == 0)
                {
                    var component = byId[dependent];
                    ready.Enqueue(component, (component.Priority, component.ModuleName));
                }
            }
        }

        // The architecture keeps the graph acyclic; should a cycle slip through, its members still get evaluated (last).
        if (emitted < components.Count)
        {
            foreach (var component in components.Where(c => waiting[c.Id] > 0).OrderBy(c => c.Priority).ThenBy(c => c.ModuleName, StringComparer.Ordinal))
            {
                yield return component;
            }
        }
    }

    internal sealed record ComponentContext(
        Component Component,
        ComponentPaths Paths,
        RequirementInputs Inputs,
        Func<List<string>> MissingSpecs,
        Func<List<string>> MissingCode,
        Func<List<string>> IncompleteDependencies);
}
