using CodeMySpec.Documents;
using CodeMySpec.Sessions;

namespace CodeMySpec.Grains.Tests.Sessions;

/// <summary>Subjects, reports and test files the session tests share.</summary>
internal static class SessionSamples
{
    public const string TestFile = "test/my_app/accounts/users_test.exs";

    public static SessionSubject Repository(string module = "MyApp.Accounts.Users") =>
        new(Guid.NewGuid(), "Users", module, "repository", DocumentType.Spec, IsContext: false, IsTested: true,
            "docs/spec/my_app/accounts/users.spec.md", "lib/my_app/accounts/users.ex", TestFile, null);

    public static SessionSubject Context(string module = "MyApp.Accounts") =>
        new(Guid.NewGuid(), "Accounts", module, "context", DocumentType.ContextSpec, IsContext: true, IsTested: true,
            "docs/spec/my_app/accounts.spec.md", "lib/my_app/accounts.ex", "test/my_app/accounts_test.exs", "docs/spec/my_app/accounts/design_review.md");

    public static SessionSettings Settings => new();

    /// <summary>An ExUnit/Mocha-style JSON report: passing and failing full titles, all in the test file.</summary>
    public static string Json(string[] passing, string[] failing, string file = TestFile)
    {
        var tests = passing.Concat(failing).Select(t => "{\"title\": \"" + t + "\", \"fullTitle\": \"" + t + "\", \"file\": \"" + file + "\"}");
        var failures = failing.Select(t => "{\"title\": \"" + t + "\", \"fullTitle\": \"" + t + "\", \"err\": {\"message\": \"Assertion failed\", \"file\": \"" + file + "\", \"line\": 12}}");
        return "{\"stats\": {\"tests\": " + (passing.Length + failing.Length) + ", \"passes\": " + passing.Length + ", \"failures\": " + failing.Length + ", \"pending\": 0},\n" +
            " \"tests\": [" + string.Join(",", tests) + "], \"failures\": [" + string.Join(",", failures) + "], \"pending\": []}";
    }

    public static string ExUnitFile(params (string Describe, string[] Tests)[] blocks) =>
        "defmodule MyApp.Accounts.UsersTest do\n  use ExUnit.Case\n\n" +
        string.Concat(blocks.Select(b => $"  describe \"{b.Describe}\" do\n" +
            string.Concat(b.Tests.Select(t => $"    test \"{t}\" do\n      assert true\n    end\n\n")) + "  end\n\n")) +
        "end\n";

    public static string Spec(string module, params (string Function, string[] Assertions)[] functions) =>
        $"# {module}\n\n## Functions\n\n" +
        string.Concat(functions.Select(f => $"### {f.Function}\nDoes it.\n```elixir\n@spec {f.Function.Split('/')[0]}(term()) :: term()\n```\n**Test Assertions**:\n" +
            string.Concat(f.Assertions.Select(a => $"- {a}\n")) + "\n")) +
        "## Dependencies\n\n- MyApp.Repo\n";
}
