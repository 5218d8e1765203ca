using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Documents;

[Collection(ServiceCollection.Name)]
public sealed class DocumentTests(ServiceFixture service)
{
    private const string Spec =
        """
        # Shop.Cart

        ## Functions

        ### add_item/2
        Adds an item to the cart.
        ```elixir
        @spec add_item(Cart.t(), Item.t()) :: Cart.t()
        ```
        **Test Assertions**:
        - the item is in the cart

        ## Dependencies

        - Shop.Catalog
        """;

    [Fact]
    public async Task Validate_WellFormedSpecByTheProjectsAgent_IsValidWithParsedSections()
    {
        var (owner, projectId) = await ProjectAsync();
        var (clientId, secret) = await owner.CreateAgentClientAsync(projectId);
        using var agent = Person.WithBearer(service.BaseUrl, await OAuthClient.ClientCredentialsAsync(service.Anonymous(), clientId, secret));

        var result = await agent.PostJsonAsync($"/api/projects/{projectId}/documents/validate", new { document_type = "spec", content = Spec }, HttpStatusCode.OK);

        Assert.True(result.GetProperty("valid").GetBoolean(), result.ToString());
        Assert.Equal("Shop.Cart", result.GetProperty("module_name").GetString());
        Assert.Equal("spec", result.GetProperty("document_type").GetString());
        var function = Assert.Single(result.GetProperty("functions").EnumerateArray());
        Assert.Equal(("add_item", 2), (function.GetProperty("name").GetString(), function.GetProperty("arity").GetInt32()));
        Assert.Equal("Shop.Catalog", Assert.Single(result.GetProperty("dependencies").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Validate_InvalidContextSpec_ReturnsTheErrorsWithSectionsAndLines()
    {
        var (owner, projectId) = await ProjectAsync();

        var result = await owner.Http.PostJsonAsync($"/api/projects/{projectId}/documents/validate",
            new { document_type = "context_spec", content = "# Shop\n\n## Dependencies\n\n- not a module\n\n## Notes\nx\n" }, HttpStatusCode.OK);

        Assert.False(result.GetProperty("valid").GetBoolean());
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(
            ["Missing required sections: functions OR delegates, components", "Disallowed sections found: notes", "Dependencies, line 5: 'not a module' is not a module name such as MyApp.Accounts."],
            errors.Select(e => e.GetProperty("message").GetString()));
        Assert.Equal(("dependencies", 5), (errors[2].GetProperty("section").GetString(), errors[2].GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Validate_UnknownDocumentType_Is400NamingTheAllowedTypes()
    {
        var (owner, projectId) = await ProjectAsync();

        var problem = await owner.Http.PostJsonAsync($"/api/projects/{projectId}/documents/validate", new { document_type = "novel", content = Spec }, HttpStatusCode.BadRequest);

        Assert.Contains("use one of: spec, schema, context_spec, design_review", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_OversizedDocument_Is413WithTheLimit()
    {
        var (owner, projectId) = await ProjectAsync();

        var problem = await owner.Http.PostJsonAsync($"/api/projects/{projectId}/documents/validate",
            new { document_type = "spec", content = Spec + new string('x', 300 * 1024) }, HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("the limit is 262144 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ByAnotherTenant_IsRefusedBeforeTheBodyIsRead()
    {
        var (_, projectId) = await ProjectAsync();
        var stranger = await service.RegisterAsync();

        var response = await stranger.Http.PostAsync($"/api/projects/{projectId}/documents/validate",
            System.Net.Http.Json.JsonContent.Create(new { document_type = "spec", content = new string('x', 300 * 1024) }));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
    }

    [Fact]
    public async Task GetSpecification_ContextSpec_RendersTheFormatAgentsFollow()
    {
        var (owner, projectId) = await ProjectAsync();

        var specification = await owner.Http.GetJsonAsync($"/api/projects/{projectId}/document-types/context_spec/specification");

        Assert.Equal(["Functions OR Delegates", "Dependencies", "Components"], specification.GetProperty("required_sections").EnumerateArray().Select(e => e.GetString()));
        var text = specification.GetProperty("text").GetString()!;
        Assert.Contains("### MyApp.Accounts.User", text, StringComparison.Ordinal);
        Assert.Contains("No other sections are allowed.", text, StringComparison.Ordinal);
    }

    private async Task<(Person Owner, Guid ProjectId)> ProjectAsync()
    {
        var owner = await service.RegisterAsync();
        return (owner, await owner.CreateProjectAsync(await owner.CreateTeamAsync()));
    }
}
