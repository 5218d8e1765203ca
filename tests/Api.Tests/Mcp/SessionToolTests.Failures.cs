namespace CodeMySpec.Api.Tests.Mcp;

public sealed partial class SessionToolTests
{
    [Fact]
    public async Task ComponentCode_TheSameFailureThreeTimes_FailsTheSessionWithThatReason()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var component = await ComponentAsync(agent, "Shop.Accounts.Users", "repository");
        var driver = new SessionDriver(agent, (step, command) => step == "run_tests" ? Ok(Report(Path(command), pass: false)) : Ok());

        var session = await driver.DriveAsync(await driver.StartAsync("component_code", component));
        var failed = await agent.CallAsync("list_sessions", new { status = "failed" });

        Assert.Equal("failed", session.GetProperty("status").GetString());
        Assert.Contains("The same feedback came 3 times in a row", session.GetProperty("failure_reason").GetString());
        Assert.Equal(3, driver.Steps.Count(s => s == "run_tests"));
        Assert.Equal(1, failed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ComponentSpec_InvalidEveryTime_StopsAfterTheCapOfAttempts()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var component = await ComponentAsync(agent, "Shop.Accounts.Users", "repository");
        var attempt = 0;
        var driver = new SessionDriver(agent, (step, _) => step == "validate_spec" ? Ok($"# Shop.Accounts.Users\n\n## Section{++attempt}\n") : Ok());

        var session = await driver.DriveAsync(await driver.StartAsync("component_spec", component));

        Assert.Equal("failed", session.GetProperty("status").GetString());
        Assert.Contains("after 5 fix attempts", session.GetProperty("failure_reason").GetString());
        Assert.Equal(5, driver.Steps.Count(s => s == "revise_spec"));
    }

    [Fact]
    public async Task RunTests_ATruncatedReport_IsTheStepsFeedback_AndNothingIsLost()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var component = await ComponentAsync(agent, "Shop.Accounts.Users", "repository");
        var sessionId = await new SessionDriver(agent, (_, _) => Ok()).StartAsync("component_code", component);
        for (var i = 0; i < 2; i++)
        {
            var next = await agent.CallAsync("get_next_command", new { session_id = sessionId });
            await agent.CallAsync("submit_result", new { session_id = sessionId, interaction_id = next.GetProperty("interaction").GetProperty("id").GetGuid(), result = Ok() });
        }

        var run = await agent.CallAsync("get_next_command", new { session_id = sessionId });
        var runId = run.GetProperty("interaction").GetProperty("id").GetGuid();
        var report = Report("test/shop/accounts/users_test.exs", pass: true);
        var outcome = await agent.CallAsync("submit_result", new { session_id = sessionId, interaction_id = runId, result = Ok(report[..(report.Length / 2)]) });
        var again = await agent.CallAsync("submit_result", new { session_id = sessionId, interaction_id = runId, result = Ok(report[..(report.Length / 2)]) });

        Assert.Equal("error", outcome.GetProperty("verdict").GetString());
        Assert.Contains("malformed or truncated", outcome.GetProperty("feedback").GetString());
        Assert.Equal("fix_test_failures", outcome.GetProperty("next_step").GetString());
        Assert.Equal(outcome.GetRawText(), again.GetRawText());

        // The answer already carries the fix command, the one get_next_command hands out.
        var carried = outcome.GetProperty("next").GetProperty("interaction");
        Assert.Equal("fix_test_failures", carried.GetProperty("step_name").GetString());
        var fix = await agent.CallAsync("get_next_command", new { session_id = sessionId });
        Assert.Equal(carried.GetProperty("id").GetGuid(), fix.GetProperty("interaction").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task BadInput_GetsToolErrorsThatSayWhatIsWrong()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var (other, _) = await AgentAsync();
        await using var __ = other;
        var component = await ComponentAsync(agent, "Shop.Accounts.Users", "repository");
        var foreign = await ComponentAsync(other, "Shop.Other", "repository");
        var sessionId = await new SessionDriver(agent, (_, _) => Ok()).StartAsync("component_spec", component);

        var unknownType = await agent.FailAsync("start_session", new { type = "write_poetry", component_id = component });
        var otherProject = await agent.FailAsync("start_session", new { type = "component_spec", component_id = foreign });
        var unknownInteraction = await agent.FailAsync("submit_result", new { session_id = sessionId, interaction_id = Guid.NewGuid(), result = Ok() });
        var unknownSession = await other.FailAsync("get_session", new { session_id = sessionId });
        var badStatus = await agent.FailAsync("submit_result", new { session_id = sessionId, interaction_id = Guid.NewGuid(), result = new { status = "great" } });

        Assert.Contains("component_spec", unknownType);
        Assert.Contains("was not found", otherProject);
        Assert.Contains("is not part of session", unknownInteraction);
        Assert.Contains("was not found", unknownSession);
        Assert.Contains("ok, error, warning", badStatus);
    }

    [Fact]
    public async Task RecordSessionEvent_SessionStart_NamesTheConversation_AndTheAuditKeepsIt()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var component = await ComponentAsync(agent, "Shop.Accounts.Users", "repository");
        var sessionId = await new SessionDriver(agent, (_, _) => Ok()).StartAsync("component_spec", component);
        var next = await agent.CallAsync("get_next_command", new { session_id = sessionId });
        var interactionId = next.GetProperty("interaction").GetProperty("id").GetGuid();

        await agent.CallAsync("record_session_event", new { session_id = sessionId, interaction_id = interactionId, event_type = "session_start", data = new { session_id = "claude-conv-7" } });
        var session = await agent.CallAsync("record_session_event", new { session_id = sessionId, interaction_id = interactionId, event_type = "stop" });

        Assert.Equal("claude-conv-7", session.GetProperty("external_conversation_id").GetString());
        Assert.Equal("waiting", session.GetProperty("agent_activity").GetString());
        Assert.Equal(2, session.GetProperty("interactions")[0].GetProperty("events").GetArrayLength());
    }
}
