using CodeMySpec.Architecture;
using CodeMySpec.Sessions;
using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed partial class WorkflowEngineTests
{
    private static Component Node(string module, string type, Guid? parent, params Guid[] dependsOn) =>
        new(Guid.NewGuid(), module, module, type, null, 0, parent, [.. dependsOn], []);

    [Fact]
    public void ContextImplementation_SpawnsTestsThenCodePerWave_InDependencyOrder()
    {
        var context = SessionSamples.Context();
        var schema = Node("MyApp.Accounts.User", "schema", context.ComponentId);
        var repo = Node("MyApp.Accounts.Users", "repository", context.ComponentId, schema.Id);
        var outside = Node("MyApp.Other", "service", null);
        var architecture = new ArchitectureSnapshot(Guid.NewGuid(), 1, [repo, schema, outside], []);

        var (state, firstTests) = WorkflowEngine.PlanChildren(new WorkflowState(SpawnTests), context, architecture);
        var state2 = WorkflowEngine.ChildrenEnded(state, new Dictionary<Guid, SessionStatus>())!.State;
        var (state3, firstCode) = WorkflowEngine.PlanChildren(state2, context, architecture);
        var state4 = WorkflowEngine.ChildrenEnded(state3, new Dictionary<Guid, SessionStatus> { [Guid.NewGuid()] = SessionStatus.Complete })!.State;
        var (state5, secondTests) = WorkflowEngine.PlanChildren(state4, context, architecture);

        Assert.Empty(firstTests);
        Assert.Equal([new ChildPlan(SessionType.ComponentCode, schema.Id)], firstCode.ToArray());
        Assert.Equal(SpawnTests, state5.Step);
        Assert.Equal([new ChildPlan(SessionType.ComponentTest, repo.Id)], secondTests.ToArray());
    }

    [Fact]
    public void ContextComponentSpecs_SpawnsASpecPerDirectChild_ThenTheReview()
    {
        var context = SessionSamples.Context();
        var sub = Node("MyApp.Accounts.Admin", "context", context.ComponentId);
        var repo = Node("MyApp.Accounts.Users", "repository", context.ComponentId);
        var grandchild = Node("MyApp.Accounts.Admin.Log", "repository", sub.Id);
        var architecture = new ArchitectureSnapshot(Guid.NewGuid(), 1, [repo, sub, grandchild], []);

        var (state, specs) = WorkflowEngine.PlanChildren(new WorkflowState(SpawnComponentSpecs), context, architecture);
        var next = WorkflowEngine.ChildrenEnded(state, specs.ToDictionary(_ => Guid.NewGuid(), _ => SessionStatus.Complete))!;
        var (_, review) = WorkflowEngine.PlanChildren(next.State, context, architecture);

        Assert.Equal([new ChildPlan(SessionType.ContextSpec, sub.Id), new ChildPlan(SessionType.ComponentSpec, repo.Id)], specs.ToArray());
        Assert.Equal(SpawnDesignReview, next.State.Step);
        Assert.Equal([new ChildPlan(SessionType.ContextDesignReview, context.ComponentId)], review.ToArray());
    }

    [Fact]
    public void ChildrenEnded_WaitsWhileOneRuns_AndFailsWhenOneFailed()
    {
        var state = new WorkflowState(SpawnComponentSpecs);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var waiting = WorkflowEngine.ChildrenEnded(state, new Dictionary<Guid, SessionStatus> { [a] = SessionStatus.Complete, [b] = SessionStatus.Active });
        var failed = WorkflowEngine.ChildrenEnded(state, new Dictionary<Guid, SessionStatus> { [a] = SessionStatus.Complete, [b] = SessionStatus.Failed });

        Assert.Null(waiting);
        Assert.Equal(SessionStatus.Failed, failed!.Status);
        Assert.Contains(b.ToString(), failed.FailureReason);
    }
}
