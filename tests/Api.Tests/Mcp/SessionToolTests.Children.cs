using System.Text.Json;

namespace CodeMySpec.Api.Tests.Mcp;

public sealed partial class SessionToolTests
{
    private static readonly string[] BillingModules = ["Shop.Billing.Invoices", "Shop.Billing.Payments", "Shop.Billing.Refunds"];

    [Fact]
    public async Task ContextComponentSpecs_ChildrenDrivenConcurrently_ParentMovesOnOnlyAfterTheLastOfThemCompletes()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var (parentId, children) = await SpawnBillingChildrenAsync(agent);

        // All three children at once, each up to its spec check.
        var pending = await Task.WhenAll(children.Select(c => AdvanceToAsync(agent, c.SessionId, "validate_spec")));
        await Task.WhenAll(children.Take(2).Zip(pending).Select(p => SubmitAsync(agent, p.First.SessionId, p.Second, Ok(Spec(p.First.Module)))));
        var waiting = await agent.CallAsync("get_next_command", new { session_id = parentId });
        await SubmitAsync(agent, children[2].SessionId, pending[2], Ok(Spec(children[2].Module)));
        var movedOn = await agent.CallAsync("get_next_command", new { session_id = parentId });
        var review = new SessionDriver(agent, (step, _) => step == "validate_review" ? Ok(ReviewDocument) : Ok());
        var parent = await review.DriveAsync(parentId);
        var statuses = await Task.WhenAll(children.Select(c => agent.CallAsync("get_session", new { session_id = c.SessionId })));

        Assert.Equal("active", waiting.GetProperty("status").GetString());
        Assert.Equal("spawn_component_specs", waiting.GetProperty("interaction").GetProperty("step_name").GetString());
        Assert.Equal("spawn_design_review", movedOn.GetProperty("interaction").GetProperty("step_name").GetString());
        Assert.All(statuses, s => Assert.Equal("complete", s.GetProperty("status").GetString()));
        Assert.Equal("complete", parent.GetProperty("status").GetString());
        Assert.Contains("validate_review", review.Steps);
    }

    [Fact]
    public async Task ContextComponentSpecs_OneOfItsConcurrentChildrenFails_TheParentFailsNamingIt()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var (parentId, children) = await SpawnBillingChildrenAsync(agent);
        var failing = children[1];

        // The failing child sends the same invalid spec every time, so its loop stops on the repeated feedback.
        var drivers = children.Select(c => new SessionDriver(agent, (step, _) =>
            step == "validate_spec" ? Ok(c == failing ? $"# {c.Module}\n\nNo sections.\n" : Spec(c.Module)) : Ok())).ToList();
        var ended = await Task.WhenAll(children.Zip(drivers).Select(p => p.Second.DriveAsync(p.First.SessionId)));
        var next = await agent.CallAsync("get_next_command", new { session_id = parentId });
        var parent = await agent.CallAsync("get_session", new { session_id = parentId });

        Assert.Equal(["complete", "failed", "complete"], ended.Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, next.GetProperty("interaction").ValueKind);
        Assert.Equal("failed", parent.GetProperty("status").GetString());
        Assert.Contains($"Child session {failing.SessionId} failed", parent.GetProperty("failure_reason").GetString());
    }

    /// <summary>A context with three child components and a context_component_specs session on it, driven to its spawn step.</summary>
    private static async Task<(Guid ParentId, IReadOnlyList<(Guid SessionId, string Module)> Children)> SpawnBillingChildrenAsync(AgentConnection agent)
    {
        var context = await ComponentAsync(agent, "Shop.Billing", "context");
        var modules = new Dictionary<Guid, string>();
        foreach (var module in BillingModules)
        {
            modules[await ComponentAsync(agent, module, "repository", context)] = module;
        }

        var parentId = await new SessionDriver(agent, (_, _) => Ok()).StartAsync("context_component_specs", context);
        var spawn = await AdvanceToAsync(agent, parentId, "spawn_component_specs", returnCommand: true);
        var children = new List<(Guid, string)>();
        foreach (var child in spawn.Command!.Value.GetProperty("metadata").GetProperty("child_session_ids").EnumerateArray())
        {
            var session = await agent.CallAsync("get_session", new { session_id = child.GetGuid() });
            children.Add((child.GetGuid(), modules[session.GetProperty("component_id").GetGuid()]));
        }

        Assert.Equal(BillingModules.Length, children.Count);
        return (parentId, [.. children.OrderBy(c => c.Item2, StringComparer.Ordinal)]);
    }

    /// <summary>Answers every command with ok until the session's pending command is the named step, which is left pending.</summary>
    private static async Task<Pending> AdvanceToAsync(AgentConnection agent, Guid sessionId, string step, bool returnCommand = false)
    {
        for (var i = 0; i < 10; i++)
        {
            var interaction = (await agent.CallAsync("get_next_command", new { session_id = sessionId })).GetProperty("interaction");
            var id = interaction.GetProperty("id").GetGuid();
            if (interaction.GetProperty("step_name").GetString() == step)
            {
                return new Pending(id, returnCommand ? interaction.GetProperty("command").Clone() : null);
            }

            await SubmitAsync(agent, sessionId, new Pending(id, null), Ok());
        }

        throw new InvalidOperationException($"Session {sessionId} did not reach {step}.");
    }

    private static async Task SubmitAsync(AgentConnection agent, Guid sessionId, Pending pending, object result) =>
        await agent.CallAsync("submit_result", new { session_id = sessionId, interaction_id = pending.InteractionId, result });

    private sealed record Pending(Guid InteractionId, JsonElement? Command);
}
