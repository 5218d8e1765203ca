namespace CodeMySpec.Grains.Tests.Documents;

/// <summary>Well-formed documents of each type, for tests to use whole or to break on purpose.</summary>
internal static class SampleDocuments
{
    public const string Spec =
        """
        # MyApp.Accounts.UserRepository

        Reads and writes users.

        ## Functions

        ### get_user/1
        Fetches a user by id.
        ```elixir
        @spec get_user(integer()) :: {:ok, User.t()} | {:error, :not_found}
        ```
        **Process**:
        1. Query the users table by id.
        2. Return `{:error, :not_found}` when no row matches.

        **Test Assertions**:
        - returns the user when it exists
        - returns :not_found for an unknown id

        ### active?/1
        Tells whether a user is active.
        ```elixir
        @spec active?(User.t()) :: boolean()
        ```
        **Test Assertions**:
        - is true for a confirmed user

        ## Dependencies

        - MyApp.Repo
        - MyApp.Accounts.User: the schema it loads
        """;

    public const string Schema =
        """
        # MyApp.Accounts.User

        ## Fields

        | Field | Type | Required | Description | Constraints |
        |-------|------|----------|-------------|-------------|
        | email | string | Yes | Sign-in address | Unique, valid email |
        | name | string | No | Display name | Max 100 characters |

        ## Dependencies

        None
        """;

    public const string ContextSpec =
        """
        # MyApp.Accounts

        The accounts context.

        ## Delegates

        - list_users/1: MyApp.Accounts.UserRepository.list_users/1
        - get_user/1: MyApp.Accounts.UserRepository.get_user/1

        ## Dependencies

        - MyApp.Repo

        ## Components

        ### MyApp.Accounts.User
        The user schema.

        ### MyApp.Accounts.UserRepository
        Reads and writes users.
        """;

    public const string DesignReview =
        """
        Design review of MyApp.Accounts.

        ## Overview
        The context manages users.

        ## Architecture
        A schema and a repository.

        ## Integration
        Used by the web layer.

        ## Stories
        - A person signs up.

        ## Conclusion
        Ready to implement.
        """;
}
