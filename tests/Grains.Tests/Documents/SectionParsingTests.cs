using CodeMySpec.Documents;

namespace CodeMySpec.Grains.Tests.Documents;

public sealed class SectionParsingTests
{
    [Fact]
    public void Validate_Functions_ReadsNameArityDescriptionSpecProcessAndAssertions()
    {
        var functions = DocumentEngine.Validate(DocumentType.Spec, SampleDocuments.Spec).Functions;

        Assert.Equal(2, functions.Length);
        var get = functions[0];
        Assert.Equal(("get_user", 1), (get.Name, get.Arity));
        Assert.Equal("Fetches a user by id.", get.Description);
        Assert.Equal("@spec get_user(integer()) :: {:ok, User.t()} | {:error, :not_found}", get.TypeSpec);
        Assert.Equal(["Query the users table by id.", "Return {:error, :not_found} when no row matches."], get.Process.ToArray());
        Assert.Equal(["returns the user when it exists", "returns :not_found for an unknown id"], get.TestAssertions.ToArray());
        Assert.Equal(7, get.Line);
        Assert.Equal(("active?", 1), (functions[1].Name, functions[1].Arity));
        Assert.Empty(functions[1].Process);
    }

    [Fact]
    public void Validate_FunctionHeadingWithoutArity_NamesSectionAndLine()
    {
        var content = "# MyApp.X\n\n## Functions\n\n### get_user\nFetches.\n\n## Dependencies\nNone\n";

        var error = Assert.Single(DocumentEngine.Validate(DocumentType.Spec, content).Errors);

        Assert.Equal("Functions, line 5: '### get_user' is not name/arity, e.g. '### create_user/1'.", error.Message);
        Assert.Equal(("functions", 5), (error.Section, error.Line));
    }

    [Fact]
    public void Validate_FunctionMissingSpecAndAssertions_ReportsEachProblem()
    {
        var content = "# MyApp.X\n\n## Functions\n\n### run/0\nRuns.\n\n**Process**:\nJust run.\n\n## Dependencies\nNone\n";

        var errors = DocumentEngine.Validate(DocumentType.Spec, content).Errors.Select(e => e.Message);

        Assert.Equal(
        [
            "Functions, line 5: run/0 has no code block with its type spec.",
            "Functions, line 8: run/0: follow **Process**: with a numbered list of steps.",
            "Functions, line 5: run/0: add **Test Assertions**: followed by a bulleted list.",
        ], errors);
    }

    [Fact]
    public void Validate_Delegates_ReadsTargetsAndReportsMalformedBullets()
    {
        var content = "# MyApp.Accounts\n\n## Delegates\n\n- list/1: MyApp.Accounts.Repo.list/1\n- get: MyApp.Accounts.Repo\n\n## Dependencies\nNone\n";

        var result = DocumentEngine.Validate(DocumentType.Spec, content);

        var delegated = Assert.Single(result.Delegates);
        Assert.Equal(("list/1", "MyApp.Accounts.Repo", "list/1", 5), (delegated.Function, delegated.TargetModule, delegated.TargetFunction, delegated.Line));
        Assert.Equal("Delegates, line 6: 'get: MyApp.Accounts.Repo' is not 'fun/arity: Target.Module.fun/arity'.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Validate_DependencyThatIsNotAModule_IsReportedWithItsLine()
    {
        var content = "# MyApp.X\n\n## Delegates\n- f/0: MyApp.Y.f/0\n\n## Dependencies\n\n- MyApp.Repo\n- the database\n";

        var error = Assert.Single(DocumentEngine.Validate(DocumentType.Spec, content).Errors);

        Assert.Equal("Dependencies, line 9: 'the database' is not a module name such as MyApp.Accounts.", error.Message);
    }

    [Fact]
    public void Validate_SchemaFields_ReadsRowsWithRequiredFlags()
    {
        var fields = DocumentEngine.Validate(DocumentType.Schema, SampleDocuments.Schema).Fields;

        Assert.Equal(2, fields.Length);
        Assert.Equal(("email", "string", true, "Sign-in address", "Unique, valid email"),
            (fields[0].Name, fields[0].Type, fields[0].Required, fields[0].Description, fields[0].Constraints));
        Assert.False(fields[1].Required);
    }

    [Fact]
    public void Validate_FieldsWithWrongColumns_SaysWhichColumnsToUse()
    {
        var content = "# MyApp.User\n\n## Fields\n\n| Name | Type |\n|---|---|\n| email | string |\n";

        var error = Assert.Single(DocumentEngine.Validate(DocumentType.Schema, content).Errors);

        Assert.Equal("Fields, line 5: the table's columns are 'Name | Type'; use Field | Type | Required | Description | Constraints.", error.Message);
    }

    [Fact]
    public void Validate_FieldWithUnclearRequired_NamesTheRow()
    {
        var content = SampleDocuments.Schema.Replace("| string | No |", "| string | Maybe |", StringComparison.Ordinal);

        var error = Assert.Single(DocumentEngine.Validate(DocumentType.Schema, content).Errors);

        Assert.Equal("Fields, line 8: Required of name is 'Maybe'; use Yes or No.", error.Message);
    }

    [Fact]
    public void Validate_SchemaWithoutFieldsTable_AsksForOne()
    {
        var error = Assert.Single(DocumentEngine.Validate(DocumentType.Schema, "# MyApp.User\n\n## Fields\n\nemail, name\n").Errors);

        Assert.Equal("Fields, line 3: add a table with the columns Field | Type | Required | Description | Constraints.", error.Message);
    }

    [Fact]
    public void Validate_ContextComponents_ReadsModulesAndDescriptions()
    {
        var result = DocumentEngine.Validate(DocumentType.ContextSpec, SampleDocuments.ContextSpec);

        Assert.Equal(["MyApp.Accounts.User", "MyApp.Accounts.UserRepository"], result.Components.Select(c => c.ModuleName));
        Assert.Equal("Reads and writes users.", result.Components[1].Description);
        Assert.Equal(2, result.Delegates.Length);
    }

    [Fact]
    public void Validate_ComponentWithoutParagraphOrWithBadName_IsReported()
    {
        var content = SampleDocuments.ContextSpec + "\n### MyApp.Accounts.Token\n\n### not a module\nText.\n";

        var errors = DocumentEngine.Validate(DocumentType.ContextSpec, content).Errors.Select(e => e.Message);

        Assert.Equal(
        [
            "Components, line 21: MyApp.Accounts.Token has no paragraph describing it.",
            "Components, line 23: '### not a module' is not a module name such as MyApp.Accounts.User.",
        ], errors);
    }
}
