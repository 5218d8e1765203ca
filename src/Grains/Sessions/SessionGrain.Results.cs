using CodeMySpec.Architecture;
using CodeMySpec.Documents;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Sessions;

internal sealed partial class SessionGrain
{
    public async Task<SubmitOutcome> SubmitResultAsync(Scope scope, Guid interactionId, SessionResult result)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        if (result is null || !Enum.IsDefined(result.Status))
        {
            throw DomainException.Invalid("result.status", "Send the result's status: ok, error or warning.");
        }

        if (ExpireLapsedLease())
        {
            await SaveAsync();
        }

        var index = Session.Interactions.FindIndex(i => i.Id == interactionId);
        if (index < 0)
        {
            throw DomainException.NotFound($"Interaction {interactionId} is not part of session {Id}; get_next_command gives the pending one.");
        }

        var interaction = Session.Interactions[index];
        switch (interaction.Status)
        {
            case InteractionStatus.Completed when interaction.Result is { } stored && ResultLimits.Same(stored, result):
                return Outcome(interaction);
            case InteractionStatus.Completed:
                throw DomainException.Conflict($"Interaction {interactionId} already has a different result; get_next_command gives the pending one.");
            case InteractionStatus.TimedOut:
                throw DomainException.Conflict($"Interaction {interactionId} is not pending: its lease ran out at {interaction.CompletedAt:O}; get_next_command hands its command out again.");
        }

        if (Session.Status != SessionStatus.Active)
        {
            throw DomainException.Conflict($"Session {Id} is {Session.Status.ToString().ToLowerInvariant()}; it takes no more results.");
        }

        if (WorkflowEngine.WaitsForChildren(interaction.StepName))
        {
            throw DomainException.Conflict($"Step {interaction.StepName} completes by itself when its child sessions end; drive them and ask get_next_command again.");
        }

        var outcome = WorkflowEngine.Interpret(Session.Type, Session.Workflow, Session.Subject, result, await InputsAsync(scope), settings);
        if (outcome.SpecToStore is { } spec)
        {
            outcome = await StoreSpecAsync(scope, spec, outcome);
        }

        interaction = interaction with
        {
            Status = InteractionStatus.Completed,
            Result = ResultLimits.Stored(result),
            Verdict = outcome.Verdict,
            Feedback = outcome.Feedback,
            CompletedAt = clock.GetUtcNow(),
        };
        Replace(index, interaction);
        Session.Workflow = outcome.State;
        Session.Status = outcome.Status;
        Session.FailureReason = outcome.FailureReason;
        await PrepareNextCommandAsync(scope);
        await SaveAsync();
        if (Session.Status != SessionStatus.Active)
        {
            await EndedAsync();
        }
        else
        {
            DisarmTimerIfIdle();
        }

        return Outcome(interaction);
    }

    public async Task<SessionDetails> RecordEventAsync(Scope scope, Guid interactionId, SessionEventType eventType, string? data)
    {
        await AuthorizeAsync(scope, ProjectAccess.Write);
        if (!Enum.IsDefined(eventType))
        {
            throw DomainException.Invalid("event_type", "Use session_start, session_end, notification, post_tool_use, user_prompt_submit or stop.");
        }

        var index = Session.Interactions.FindIndex(i => i.Id == interactionId);
        if (index < 0)
        {
            throw DomainException.NotFound($"Interaction {interactionId} is not part of session {Id}.");
        }

        var interaction = Session.Interactions[index];
        if (interaction.Events.Length >= ResultLimits.MaxEventsPerInteraction)
        {
            throw DomainException.Conflict($"Interaction {interactionId} holds {ResultLimits.MaxEventsPerInteraction} events, the most it keeps; record further events on the next interaction.");
        }

        Replace(index, interaction with
        {
            Events = interaction.Events.Add(new SessionEvent(eventType, ResultLimits.Cut(data, ResultLimits.MaxEventChars), clock.GetUtcNow())),
        });
        Session.ExternalConversationId = SessionEvents.ConversationId(eventType, data) ?? Session.ExternalConversationId;
        Session.AgentActivity = SessionEvents.Activity(eventType);
        await SaveAsync();
        return Details();
    }

    /// <summary>component_test checks its tests against the stored spec's test assertions; a missing spec skips that check.</summary>
    private async Task<StepInputs> InputsAsync(Scope scope)
    {
        if (Session.Type != SessionType.ComponentTest || Session.Workflow.Step != SessionSteps.RunTests)
        {
            return StepInputs.None;
        }

        try
        {
            var spec = await GrainFactory.GetGrain<IArchitectureGrain>(Session.ProjectId).GetSpecAsync(scope, Session.Subject.ComponentId);
            return new StepInputs(DocumentEngine.Validate(spec.Summary.DocumentType, spec.Content).Functions);
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.NotFound)
        {
            return StepInputs.None;
        }
    }

    /// <summary>A validated spec lands where get_spec reads it; if the architecture refuses it, that is the step's feedback.</summary>
    private async Task<StepOutcome> StoreSpecAsync(Scope scope, string spec, StepOutcome outcome)
    {
        try
        {
            await GrainFactory.GetGrain<IArchitectureGrain>(Session.ProjectId).PutSpecAsync(scope, Session.Subject.ComponentId, spec);
            return outcome;
        }
        catch (DomainException e) when (e.Kind is DomainErrorKind.Validation or DomainErrorKind.NotFound)
        {
            return WorkflowEngine.CheckFailed(Session.Workflow, SessionSteps.ReviseSpec, $"The spec could not be stored: {e.Message}", settings);
        }
    }

    private SubmitOutcome Outcome(Interaction interaction) => new(Id, interaction.Id, interaction.StepName,
        interaction.Verdict ?? ResultStatus.Ok, interaction.Feedback, Session.Status, Session.Workflow.Step, Session.FailureReason,
        Session.Status == SessionStatus.Active && Pending() is { } next && !WorkflowEngine.WaitsForChildren(next.StepName)
            ? new NextCommand(Id, Session.Status, next, Message(next))
            : null);
}
