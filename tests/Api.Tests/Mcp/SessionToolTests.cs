using System.Text.Json;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>Each session type driven to its end, and down its failure paths, by a scripted agent through the MCP tools.</summary>
[Collection(ServiceCollection.Name)]
public sealed partial class SessionToolTests(ServiceFixture service)
{
    private const string ReviewDocument = "# Review\n\n## Overview\n\nFine.\n\n## Architecture\n\nFine.\n\n## Integration\n\nFine.\n\n## Conclusion\n\nReady.\n";

    private static readonly string[] Assertions = ["returns the user", "returns nil when missing"];

    private static string Spec(string module) =>
        $"# {module}\n\n## Functions\n\n### get/1\nFetches a user.\n```elixir\n@spec get(integer()) :: term()\n```\n**Test Assertions**:\n" +
        string.Concat(Assertions.Select(a => $"- {a}\n")) + "\n## Dependencies\n\n- Shop.Repo\n";

    private static string ContextSpec(string module, string child) =>
        $"# {module}\n\n## Delegates\n\n- get/1: {child}.get/1\n\n## Dependencies\n\n- Shop.Repo\n\n## Components\n\n### {child}\nThe users.\n";

    private static string TestFile => "defmodule T do\n  describe \"get/1\" do\n" +
        string.Concat(Assertions.Select(a => $"    test \"{a}\" do\n    end\n")) + "  end\nend\n";

    private static string Report(string file, bool pass) =>
        pass
            ? JsonSerializer.Serialize(new { stats = new { tests = 2 }, tests = Assertions.Select(a => new { title = a, fullTitle = a, file }), failures = Array.Empty<object>(), pending = Array.Empty<object>() })
            : JsonSerializer.Serialize(new
            {
                stats = new { tests = 2 },
                tests = Assertions.Select(a => new { title = a, fullTitle = a, file }),
                failures = Assertions.Select(a => new { title = a, fullTitle = a, err = new { message = "undefined function get/1", file, line = 3 } }),
                pending = Array.Empty<object>(),
            });

    private static string Path(JsonElement command) => command.GetProperty("metadata").GetProperty("path").GetString() ?? "";

    private static object Ok(string? data = null) => new { status = "ok", data };

    private async Task<(AgentConnection Agent, Person Owner)> AgentAsync() => await AgentConnection.ForNewProjectAsync(service);

    private static async Task<Guid> ComponentAsync(AgentConnection agent, string module, string type, Guid? parent = null) =>
        (await agent.CallAsync("create_component", new { name = module.Split('.')[^1], type, module_name = module, parent_component_id = parent })).GetProperty("id").GetGuid();

    [Fact]
    public async Task ComponentSpec_IsDrivenToCompletion_AndTheSpecIsWhereGetSpecReadsIt()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var component = await ComponentAsync(agent, "Shop.Accounts.Users", "repository");
        var driver = new SessionDriver(agent, (step, command) => step == "validate_spec" ? Ok(Spec("Shop.Accounts.Users")) : Ok());

        var session = await driver.DriveAsync(await driver.StartAsync("component_spec", component));
        var spec = await agent.CallAsync("get_spec", new { component_id = component });
        var listed = await agent.CallAsync("list_sessions", new { status = "complete", type = "component_spec" });

        Assert.Equal("complete", session.GetProperty("status").GetString());
        Assert.Equal(["initialize", "generate_spec", "validate_spec"], driver.Steps);
        Assert.Equal(Spec("Shop.Accounts.Users"), spec.GetProperty("content").GetString());
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ContextSpec_WritesStubsForItsComponents_ThenCompletes()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var context = await ComponentAsync(agent, "Shop.Accounts", "context");
        string? stubCommand = null;
        var driver = new SessionDriver(agent, (step, command) =>
        {
            if (step == "create_stub_specs")
            {
                stubCommand = command.GetProperty("command").GetString();
            }

            return step == "validate_spec" ? Ok(ContextSpec("Shop.Accounts", "Shop.Accounts.Users")) : Ok();
        });

        var session = await driver.DriveAsync(await driver.StartAsync("context_spec", context));

        Assert.Equal("complete", session.GetProperty("status").GetString());
        Assert.Contains("docs/spec/shop/accounts/users.spec.md", stubCommand);
    }

    [Fact]
    public async Task ComponentTest_WritesFailingAlignedTestsBeforeCode_AndComponentCode_FixesUntilTheyPass()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        const string module = "Shop.Accounts.Users";
        var component = await ComponentAsync(agent, module, "repository");
        var design = new SessionDriver(agent, (step, _) => step == "validate_spec" ? Ok(Spec(module)) : Ok());
        await design.DriveAsync(await design.StartAsync("component_spec", component));

        var tests = new SessionDriver(agent, (step, command) => step switch
        {
            "check_implementation" => new { status = "error", error_message = "no such file" },
            "read_test_file" => Ok(TestFile),
            "run_tests" => new { status = "error", data = Report(Path(command), pass: false), code = 2 },
            _ => Ok(),
        });
        var tested = await tests.DriveAsync(await tests.StartAsync("component_test", component));

        var runs = 0;
        var commit = default(JsonElement);
        var code = new SessionDriver(agent, (step, command) =>
        {
            commit = step == "finalize" ? command.Clone() : commit;
            return step == "run_tests" ? new { status = "ok", data = Report(Path(command), pass: ++runs > 1), code = 0 } : Ok();
        });
        var coded = await code.DriveAsync(await code.StartAsync("component_code", component));

        Assert.Equal("complete", tested.GetProperty("status").GetString());
        Assert.Equal(["initialize", "check_implementation", "generate_tests", "read_test_file", "run_tests", "finalize"], tests.Steps);
        Assert.Equal("complete", coded.GetProperty("status").GetString());
        Assert.Equal(["initialize", "generate_implementation", "run_tests", "fix_test_failures", "run_tests", "finalize"], code.Steps);
        Assert.Equal("git add -- 'lib/shop/accounts/users.ex' && (git diff --cached --quiet -- 'lib/shop/accounts/users.ex' || " +
            "git commit -m 'Implement Shop.Accounts.Users' -- 'lib/shop/accounts/users.ex')", commit.GetProperty("command").GetString());
        Assert.Equal(["lib/shop/accounts/users.ex"], commit.GetProperty("metadata").GetProperty("args").EnumerateArray().Select(a => a.GetString()));
        var failedRun = coded.GetProperty("interactions")[2];
        Assert.Equal("error", failedRun.GetProperty("verdict").GetString());
        Assert.Contains("undefined function get/1", failedRun.GetProperty("feedback").GetString());
    }

    [Fact]
    public async Task ContextComponentSpecs_DrivesItsChildrenAndTheReview_ThenCompletes()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var context = await ComponentAsync(agent, "Shop.Billing", "context");
        await ComponentAsync(agent, "Shop.Billing.Invoices", "repository", context);
        var driver = new SessionDriver(agent, (step, command) => (step, Path(command)) switch
        {
            ("validate_spec", _) => Ok(Spec("Shop.Billing.Invoices")),
            ("validate_review", _) => Ok(ReviewDocument),
            _ => Ok(),
        });

        var session = await driver.DriveAsync(await driver.StartAsync("context_component_specs", context));

        Assert.Equal("complete", session.GetProperty("status").GetString());
        Assert.Contains("spawn_component_specs", driver.Steps);
        Assert.Contains("spawn_design_review", driver.Steps);
        Assert.Contains("validate_review", driver.Steps);
    }

    [Fact]
    public async Task ContextImplementation_DrivesCodeForItsComponents_ThenCompletes()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var context = await ComponentAsync(agent, "Shop.Catalog", "context");
        await ComponentAsync(agent, "Shop.Catalog.Product", "schema", context);
        var driver = new SessionDriver(agent, (step, command) => step == "run_tests" ? Ok(Report(Path(command), pass: true)) : Ok());

        var session = await driver.DriveAsync(await driver.StartAsync("context_implementation", context));

        Assert.Equal("complete", session.GetProperty("status").GetString());
        Assert.Contains("spawn_code", driver.Steps);
        Assert.Contains("generate_implementation", driver.Steps);
    }

    [Fact]
    public async Task ContextDesignReview_ValidatesTheReview_ThenCompletes()
    {
        var (agent, _) = await AgentAsync();
        await using var _ = agent;
        var context = await ComponentAsync(agent, "Shop.Orders", "context");
        var driver = new SessionDriver(agent, (step, command) => step == "validate_review" ? Ok(ReviewDocument) : Ok());

        var session = await driver.DriveAsync(await driver.StartAsync("context_design_review", context));

        Assert.Equal("complete", session.GetProperty("status").GetString());
        Assert.Equal(["initialize", "generate_review", "validate_review"], driver.Steps);
    }
}
