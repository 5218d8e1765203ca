namespace CodeMySpec.Sessions;

/// <summary>Step names of the workflows (DOMAIN.md §7), as clients see them in commands and interactions.</summary>
internal static class SessionSteps
{
    public const string Initialize = "initialize";
    public const string GenerateSpec = "generate_spec";
    public const string GenerateContextSpec = "generate_context_spec";
    public const string ValidateSpec = "validate_spec";
    public const string ReviseSpec = "revise_spec";
    public const string CreateStubSpecs = "create_stub_specs";
    public const string CheckImplementation = "check_implementation";
    public const string GenerateTests = "generate_tests";
    public const string ReadTestFile = "read_test_file";
    public const string RunTests = "run_tests";
    public const string FixCompilationErrors = "fix_compilation_errors";
    public const string GenerateImplementation = "generate_implementation";
    public const string FixTestFailures = "fix_test_failures";
    public const string SpawnComponentSpecs = "spawn_component_specs";
    public const string SpawnDesignReview = "spawn_design_review";
    public const string SpawnTests = "spawn_tests";
    public const string SpawnCode = "spawn_code";
    public const string GenerateReview = "generate_review";
    public const string ValidateReview = "validate_review";
    public const string ReviseReview = "revise_review";
    public const string FinalizeStep = "finalize";

    public static bool IsSpawn(string step) => step is SpawnComponentSpecs or SpawnDesignReview or SpawnTests or SpawnCode;
}
