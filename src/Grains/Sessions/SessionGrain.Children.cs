using CodeMySpec.Errors;

namespace CodeMySpec.Sessions;

internal sealed partial class SessionGrain
{
    public async Task ChildEndedAsync(Guid childSessionId, SessionStatus status)
    {
        await LoadAsync();
        if (!Exists || Session.Status != SessionStatus.Active || !Session.Children.TryGetValue(childSessionId, out var known)
            || known != SessionStatus.Active || status == SessionStatus.Active)
        {
            return;
        }

        Session.Children[childSessionId] = status;
        await ApplyChildrenAsync();
    }

    /// <summary>
    /// Children notify their parent one way; if a notification was lost (a silo died in between), asking the children
    /// whose end was not heard of repairs it. Returns whether the parent moved on.
    /// </summary>
    private async Task<bool> RepairChildrenAsync()
    {
        var changed = false;
        foreach (var child in Session.Children.Where(c => c.Value == SessionStatus.Active).Select(c => c.Key).ToList())
        {
            var status = await Sessions(child).GetStatusAsync();
            if (status != SessionStatus.Active)
            {
                Session.Children[child] = status;
                changed = true;
            }
        }

        return changed && await ApplyChildrenAsync();
    }

    private async Task<bool> ApplyChildrenAsync()
    {
        var outcome = WorkflowEngine.ChildrenEnded(Session.Workflow, Session.Children);
        if (outcome is null)
        {
            await SaveAsync();
            return false;
        }

        var index = Session.Interactions.FindLastIndex(i => i.Status == InteractionStatus.Pending);
        if (index >= 0)
        {
            var summary = string.Join(", ", Session.Children.Select(c => $"{c.Key}: {c.Value.ToString().ToLowerInvariant()}"));
            Replace(index, Session.Interactions[index] with
            {
                Status = InteractionStatus.Completed,
                Result = new SessionResult(outcome.Verdict, Data: summary, Timestamp: clock.GetUtcNow()),
                Verdict = outcome.Verdict,
                Feedback = outcome.Feedback,
                CompletedAt = clock.GetUtcNow(),
            });
        }

        Session.Workflow = outcome.State;
        Session.Status = outcome.Status;
        Session.FailureReason = outcome.FailureReason;
        if (outcome.Status == SessionStatus.Active)
        {
            Session.Children = [];
        }

        await SaveAsync();
        if (Session.Status != SessionStatus.Active)
        {
            await EndedAsync();
        }

        return true;
    }

    private async Task EndAsync(SessionStatus status, string? reason)
    {
        Session.Status = status;
        Session.FailureReason = reason;
        await SaveAsync();
        await EndedAsync();
    }

    /// <summary>
    /// An ended session stops its lease timer and tells its parent (one way: the parent never waits on a child's call).
    /// Its activation goes once this call is answered: an ended session is seldom read again, and one that stayed in
    /// memory for the collection age would hold its audit trail there for nothing (a read loads it again).
    /// </summary>
    private async Task EndedAsync()
    {
        DisarmTimerIfIdle();
        DeactivateOnIdle();
        if (Session.ParentSessionId is { } parent)
        {
            try
            {
                await Sessions(parent).ChildEndedAsync(Id, Session.Status);
            }
            catch (DomainException)
            {
                // The parent repairs a lost notification by asking this session when it is next driven.
            }
        }
    }
}
