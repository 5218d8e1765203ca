using System.Text.Json;
using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;

namespace CodeMySpec.Grains.Tests.Coordinator;

/// <summary>
/// The incremental requirement model against the full engine: over generated projects and long random sequences of
/// evidence, spec and approval changes, every component's requirements, the next actions in order and the counts are
/// the same as a full evaluation of the same inputs after every step.
/// </summary>
public sealed class RequirementModelTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Update_AfterEveryRandomChange_EqualsAFullEvaluation(int seed)
    {
        var random = new Random(seed);
        var project = RandomProject.Create(random);
        var model = RequirementModel.Build(project.Inputs);
        AssertSameAsFullEvaluation(project, model, "the first build");

        for (var step = 0; step < 300; step++)
        {
            var change = project.Change(random);
            model.Update(project.Inputs, change);
            AssertSameAsFullEvaluation(project, model, $"step {step} ({string.Join(", ", change.Paths)}; {change.Components.Count} spec or approval change(s))");
        }
    }

    [Fact]
    public void Update_WhenADependencyCompletes_CompletesTheContextsWaitingOnItTransitively()
    {
        // Contexts each depending on the one before; all but the first have all their own evidence and wait for it.
        var project = RandomProject.Chain(4);
        foreach (var waiting in project.Components.Skip(1))
        {
            project.Complete(waiting);
        }

        var model = RequirementModel.Build(project.Inputs);
        Assert.All(project.Components.Skip(1), c => Assert.Equal("wait for dependencies", model.Find(c.Id)!.NextAction));

        model.Update(project.Inputs, project.Complete(project.Components[0]));

        Assert.All(project.Components, c => Assert.True(model.Find(c.Id)!.Complete));
        Assert.Equal(4, model.CompleteCount);
        AssertSameAsFullEvaluation(project, model, "after completing the first");
    }

    [Fact]
    public void Update_WhenAChildsSpecFileArrives_ChangesItsContextsChildrenDesigns()
    {
        var project = RandomProject.ContextWithChildren(3);
        var model = RequirementModel.Build(project.Inputs);
        var context = project.Components[0];
        project.Complete(context);
        model.Update(project.Inputs, new RequirementChange([.. project.Files], [context.Id]));
        Assert.Contains("3 descendant(s) lack their spec file", Requirement(model, context, "children_designs").Details);

        var child = project.Components[2];
        var path = RandomProject.PathsOf(child).SpecFile;
        project.Files.Add(path);
        model.Update(project.Inputs, new RequirementChange([path], []));

        Assert.Contains("2 descendant(s) lack their spec file", Requirement(model, context, "children_designs").Details);
        AssertSameAsFullEvaluation(project, model, "after the child's spec file");
    }

    private static RequirementStatus Requirement(RequirementModel model, Component component, string name) =>
        model.Find(component.Id)!.Requirements.Single(r => r.Name == name);

    private static void AssertSameAsFullEvaluation(RandomProject project, RequirementModel model, string when)
    {
        var full = RequirementEngine.Evaluate(project.Inputs);
        var expected = full.Components.Select(c => JsonSerializer.Serialize(c)).ToList();
        var actual = model.Components.Select(c => JsonSerializer.Serialize(c)).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] == actual[i], $"After {when}, component {i} differs:\nexpected {expected[i]}\nactual   {actual[i]}");
        }

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(full.NextActions(_ => false).Select(a => JsonSerializer.Serialize(a)), model.NextActions(_ => false).Select(a => JsonSerializer.Serialize(a)));
        Assert.Equal(full.Components.Count(c => c.Complete), model.CompleteCount);
    }
}
