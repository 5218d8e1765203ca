namespace CodeMySpec.Grains.Tests.Architecture;

/// <summary>Valid spec documents for a module name, one per document type.</summary>
internal static class SpecDocuments
{
    public static string ContextSpec(string module) =>
        $$"""
        # {{module}}

        The {{module}} context.

        ## Delegates

        - list_users/1: {{module}}.Users.list_users/1

        ## Dependencies

        - MyApp.Repo

        ## Components

        ### {{module}}.User
        The user schema.
        """;

    public static string Spec(string module) =>
        $$"""
        # {{module}}

        ## Functions

        ### get/1
        Fetches one by id.
        ```elixir
        @spec get(integer()) :: {:ok, term()}
        ```
        **Test Assertions**:
        - returns it when it exists

        ## Dependencies

        - MyApp.Repo
        """;

    public static string Schema(string module) =>
        $$"""
        # {{module}}

        ## Fields

        | Field | Type | Required | Description | Constraints |
        |-------|------|----------|-------------|-------------|
        | email | string | Yes | Sign-in address | Unique |
        """;
}
