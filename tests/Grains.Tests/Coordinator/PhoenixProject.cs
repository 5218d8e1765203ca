using CodeMySpec.Architecture;
using CodeMySpec.Coordinator;
using CodeMySpec.Grains.Tests.Architecture;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Coordinator;

/// <summary>
/// A phoenix-style project: Shop.Catalog (context) with Shop.Catalog.Product (schema) and Shop.Catalog.Pricing
/// (service); Shop.Orders (context, depends on Shop.Catalog) with Shop.Orders.Checkout (service); ShopWeb.ProductLive
/// (liveview, depends on Shop.Catalog).
/// </summary>
public sealed record PhoenixProject(ArchitectureScenario Scenario, IReadOnlyDictionary<string, Component> Components)
{
    public Scope Person => Scenario.Owner with { ProjectId = Scenario.ProjectId };

    public ICoordinatorGrain Coordinator => Scenario.Account.Grains.GetGrain<ICoordinatorGrain>(Scenario.ProjectId);

    public Component this[string module] => Components[module];

    public static async Task<PhoenixProject> CreateAsync(IGrainFactory grains)
    {
        var scenario = await ArchitectureScenario.CreateAsync(grains);
        var architecture = scenario.Architecture;
        var created = await architecture.CreateComponentsAsync(scenario.Owner,
        [
            New("Shop.Catalog", "context"),
            New("Shop.Catalog.Product", "schema", parent: "Shop.Catalog"),
            New("Shop.Catalog.Pricing", "service", parent: "Shop.Catalog"),
            New("Shop.Orders", "context", dependsOn: "Shop.Catalog"),
            New("Shop.Orders.Checkout", "service", parent: "Shop.Orders"),
            New("ShopWeb.ProductLive", "liveview", dependsOn: "Shop.Catalog"),
        ]);
        return new(scenario, created.ToDictionary(c => c.ModuleName));
    }

    private static NewComponent New(string module, string type, string? parent = null, string? dependsOn = null) =>
        new(new ComponentDefinition(module.Split('.')[^1], module, type, null, 0), dependsOn is null ? [] : [dependsOn], parent);

    /// <summary>An agent client granted to the project, and its scope.</summary>
    public async Task<Scope> AgentAsync(string clientId)
    {
        await Scenario.Account.Grains.GetGrain<IProjectGrain>(Scenario.ProjectId).GrantAgentAsync(Scenario.Owner, clientId);
        return Scope.ForAgent(clientId, Scenario.Account.AccountId, Scenario.ProjectId);
    }

    public async Task StoreSpecAsync(string module)
    {
        var component = this[module];
        var content = component.Type switch
        {
            "context" => SpecDocuments.ContextSpec(module),
            "schema" => SpecDocuments.Schema(module),
            _ => SpecDocuments.Spec(module),
        };
        await Scenario.Architecture.PutSpecAsync(Scenario.Owner, component.Id, content);
    }

    public Task<DesignApproval> ApproveAsync(string module) => Coordinator.ApproveDesignAsync(Scenario.Owner, this[module].Id);

    public async Task<ComponentRequirements> RequirementsAsync(string module) =>
        (await Coordinator.ListRequirementsAsync(Person, this[module].Id))[0];

    public static ProjectSync Files(params string[] files) => new(true, [.. files], [], null);

    public static string JUnit(params (string File, string Name, bool Passed)[] tests) =>
        "<?xml version=\"1.0\"?><testsuites><testsuite name=\"mix test\">" +
        string.Concat(tests.Select(t => $"<testcase classname=\"ExUnit\" name=\"{System.Security.SecurityElement.Escape(t.Name)}\" file=\"{t.File}\">" +
            (t.Passed ? "" : "<failure message=\"Assertion failed\">expected true</failure>") + "</testcase>")) +
        "</testsuite></testsuites>";

    public static RequirementStatus Requirement(ComponentRequirements component, string name) => component.Requirements.Single(r => r.Name == name);

    public static string[] Names(ComponentRequirements component) => [.. component.Requirements.Select(r => r.Name)];
}
