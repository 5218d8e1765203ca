using CodeMySpec.Profiles;

namespace CodeMySpec.Coordinator;

/// <summary>The requirement names of DOMAIN.md §5 and the sessions that satisfy them.</summary>
internal static class RequirementNames
{
    /// <summary>The human approval gate: a person approved the current spec (its content hash) before code and test work.</summary>
    public const string DesignApproved = "design_approved";

    public static string Name(RequirementKind kind) => kind switch
    {
        RequirementKind.SpecFile => "spec_file",
        RequirementKind.SpecValid => "spec_valid",
        RequirementKind.ChildrenDesigns => "children_designs",
        RequirementKind.ReviewFile => "review_file",
        RequirementKind.ChildrenImplementations => "children_implementations",
        RequirementKind.DependenciesSatisfied => "dependencies_satisfied",
        RequirementKind.ImplementationFile => "implementation_file",
        RequirementKind.TestFile => "test_file",
        RequirementKind.TestsPassing => "tests_passing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The session type that satisfies a requirement; null when only waiting (dependencies) or a person (approval) can.</summary>
    public static string? SessionType(string requirement, bool isContext) => requirement switch
    {
        "spec_file" or "spec_valid" => isContext ? "context_spec" : "component_spec",
        "review_file" => "context_design_review",
        "children_designs" => "context_component_specs",
        "implementation_file" or "tests_passing" => "component_code",
        "test_file" => "component_test",
        "children_implementations" => "context_implementation",
        _ => null,
    };

    /// <summary>The next action of DOMAIN.md §5 for a component whose first unsatisfied requirement is this one.</summary>
    public static string NextAction(string? requirement, string testStatus) => requirement switch
    {
        null => "complete",
        "spec_file" => "create spec",
        "spec_valid" => "fix spec",
        "review_file" => "write design review",
        "children_designs" => "design children",
        DesignApproved => "await design approval",
        "children_implementations" => "implement children",
        "dependencies_satisfied" => "wait for dependencies",
        "implementation_file" => "implement code",
        "test_file" => "write tests",
        _ => testStatus == "failing" ? "fix tests" : "run tests",
    };

    /// <summary>Requirements that are code or test work, so the approval gate comes before the first of them.</summary>
    public static bool NeedsApprovedDesign(RequirementKind kind) =>
        kind is RequirementKind.ChildrenImplementations or RequirementKind.ImplementationFile or RequirementKind.TestFile or RequirementKind.TestsPassing;
}
