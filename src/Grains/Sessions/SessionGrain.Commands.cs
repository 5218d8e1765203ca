using System.Collections.Immutable;
using CodeMySpec.Architecture;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using CodeMySpec.Stories;

namespace CodeMySpec.Sessions;

internal sealed partial class SessionGrain
{
    private const int MaxPromptStories = 20;

    public async Task<NextCommand> GetNextCommandAsync(Scope scope)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        var expired = ExpireLapsedLease();
        if (Session.Status == SessionStatus.Active && Pending() is { } pending)
        {
            if (expired)
            {
                await SaveAsync();
            }

            if (WorkflowEngine.WaitsForChildren(pending.StepName) && await RepairChildrenAsync())
            {
                return await NextAsync(scope);
            }

            return new NextCommand(Id, Session.Status, pending, Message(pending));
        }

        return await NextAsync(scope);
    }

    private async Task<NextCommand> NextAsync(Scope scope)
    {
        if (Session.Status != SessionStatus.Active)
        {
            if (_changed.Count > 0)
            {
                await SaveAsync();
            }

            return new NextCommand(Id, Session.Status, null, Ended());
        }

        if (Pending() is { } pending)
        {
            return new NextCommand(Id, Session.Status, pending, Message(pending));
        }

        var interaction = WorkflowEngine.WaitsForChildren(Session.Workflow.Step)
            ? await SpawnAsync(scope)
            : await CommandAsync(scope);
        if (interaction is null)
        {
            return new NextCommand(Id, Session.Status, null, Ended());
        }

        return new NextCommand(Id, Session.Status, interaction, Message(interaction));
    }

    private async Task<Interaction> CommandAsync(Scope scope)
    {
        var interaction = await PrepareCommandAsync(scope);
        await SaveAsync();
        return interaction;
    }

    /// <summary>
    /// Creates and leases the current step's command without saving it: the caller saves it, either on its own or in the
    /// same transaction as the result (or start) that leads to it.
    /// </summary>
    private async Task<Interaction> PrepareCommandAsync(Scope scope)
    {
        var workflow = Session.Workflow;
        var context = WorkflowEngine.NeedsPrompt(workflow.Step) ? await PromptContextAsync(scope) : null;
        var (verb, strategy, metadata) = WorkflowEngine.Command(Session.Type, workflow, Session.Subject, context);
        var now = clock.GetUtcNow();
        var interaction = new Interaction(Guid.NewGuid(), workflow.Step, new SessionCommand(Guid.NewGuid(), workflow.Step, verb, strategy, metadata, now),
            InteractionStatus.Pending, null, null, null, now, now + settings.LeaseDuration, null, []);
        Append(interaction);
        ArmTimer(interaction.LeasedUntil!.Value);
        return interaction;
    }

    /// <summary>
    /// After a start or an accepted result, the next command is prepared at once so that it is written in the same
    /// transaction: get_next_command then only hands it out, and a step costs one write instead of two. Steps that spawn
    /// children are left to get_next_command, and so is a command that cannot be built now (the component was
    /// deleted, a grain did not answer): get_next_command tries again and reports what stops it.
    /// </summary>
    private async Task PrepareNextCommandAsync(Scope scope)
    {
        if (Session.Status != SessionStatus.Active || WorkflowEngine.WaitsForChildren(Session.Workflow.Step) || Pending() is not null)
        {
            return;
        }

        try
        {
            await PrepareCommandAsync(scope);
        }
        catch (Exception)
        {
            // Nothing was appended (building the command is what failed); the step is handed out lazily instead.
        }
    }

    /// <summary>
    /// Enters a spawn step: plans the children (skipping steps with none), writes the interaction naming them, then
    /// starts them. Starting is idempotent per child id, so a retry after a failure in between finishes the job.
    /// </summary>
    private async Task<Interaction?> SpawnAsync(Scope scope)
    {
        var architecture = await GrainFactory.GetGrain<IArchitectureGrain>(Session.ProjectId).GetAsync(scope);
        ImmutableArray<ChildPlan> plan;
        while (true)
        {
            (Session.Workflow, plan) = WorkflowEngine.PlanChildren(Session.Workflow, Session.Subject, architecture);
            if (!plan.IsEmpty)
            {
                break;
            }

            var skipped = WorkflowEngine.ChildrenEnded(Session.Workflow, new Dictionary<Guid, SessionStatus>())!;
            Session.Workflow = skipped.State;
            if (skipped.Status != SessionStatus.Active)
            {
                await EndAsync(skipped.Status, skipped.FailureReason);
                return null;
            }

            if (!WorkflowEngine.WaitsForChildren(Session.Workflow.Step))
            {
                return await CommandAsync(scope);
            }
        }

        var children = plan.Select(p => (Id: Guid.NewGuid(), Plan: p)).ToList();
        Session.Children = children.ToDictionary(c => c.Id, _ => SessionStatus.Active);
        Session.Workflow = Session.Workflow with { Children = [.. children.Select(c => c.Id)] };
        var (verb, strategy, metadata) = WorkflowEngine.SpawnCommand([.. children.Select(c => c.Id)]);
        var now = clock.GetUtcNow();
        var step = Session.Workflow.Step;
        var interaction = new Interaction(Guid.NewGuid(), step, new SessionCommand(Guid.NewGuid(), step, verb, strategy, metadata, now),
            InteractionStatus.Pending, null, null, null, now, null, null, []);
        Append(interaction);
        await SaveAsync();
        foreach (var (childId, child) in children)
        {
            try
            {
                await Sessions(childId).StartAsync(scope, new NewSession(child.Type, child.ComponentId, Session.ExecutionMode, Session.Environment, Id));
            }
            catch (DomainException e)
            {
                // The component went away or cannot take that workflow: the child counts as failed.
                await ChildEndedAsync(childId, SessionStatus.Failed);
                if (Session.Status != SessionStatus.Active)
                {
                    Session.FailureReason = $"Child session for component {child.ComponentId} could not start: {e.Message}";
                    await SaveAsync();
                    return null;
                }
            }
        }

        return interaction;
    }

    private async Task<PromptContext> PromptContextAsync(Scope scope)
    {
        var projectId = Session.ProjectId;
        var project = await Project(projectId).GetAsync(scope);
        var architecture = await GrainFactory.GetGrain<IArchitectureGrain>(projectId).GetAsync(scope);
        var byId = architecture.Components.ToDictionary(c => c.Id);
        var component = byId.GetValueOrDefault(Session.Subject.ComponentId)
            ?? throw DomainException.Conflict($"Component {Session.Subject.ModuleName} was deleted; cancel this session.");
        var parent = component.ParentComponentId is { } parentId && byId.TryGetValue(parentId, out var p)
            ? ComponentTypes.Profile.PathsFor(p.ModuleName, p.Type).SpecFile
            : null;
        var summaries = await GrainFactory.GetGrain<IStoryIndexGrain>(projectId).SummariesAsync(scope);
        var stories = new List<StoryDetails>();
        foreach (var summary in summaries.Where(s => s.ComponentId == component.Id).Take(MaxPromptStories))
        {
            try
            {
                stories.Add(await GrainFactory.GetGrain<IStoryGrain>(summary.Id).GetAsync(scope));
            }
            catch (DomainException e) when (e.Kind == DomainErrorKind.NotFound)
            {
                // Deleted since the index listed it.
            }
        }

        return new PromptContext(project.Definition, component, parent, [.. stories],
            [.. component.SimilarTo.Where(byId.ContainsKey).Select(id => byId[id])],
            [.. architecture.Components.Where(c => c.ParentComponentId == component.Id)]);
    }

    private Interaction? Pending() => Session.Interactions.LastOrDefault(i => i.Status == InteractionStatus.Pending);

    private string Message(Interaction interaction) => WorkflowEngine.WaitsForChildren(interaction.StepName)
        ? $"Step {interaction.StepName}: {Session.Children.Count(c => c.Value == SessionStatus.Active)} of {Session.Children.Count} child sessions still running; drive them, then ask again."
        : $"Step {interaction.StepName}: run '{interaction.Command.Command}' and submit its result for interaction {interaction.Id} before {interaction.LeasedUntil:O}.";

    private string Ended() => Session.Status switch
    {
        SessionStatus.Complete => "The session is complete; there is nothing more to do.",
        SessionStatus.Cancelled => "The session was cancelled.",
        _ => $"The session failed: {Session.FailureReason}",
    };
}
