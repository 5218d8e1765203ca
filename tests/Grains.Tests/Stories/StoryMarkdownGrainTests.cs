using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Stories;

namespace CodeMySpec.Grains.Tests.Stories;

[Collection(ClusterCollection.Name)]
public sealed class StoryMarkdownGrainTests(ClusterFixture fixture)
{
    private const string File = """
        # Shop

        ## Checkout
        As a shopper
        I want to pay.

        **Acceptance Criteria**
        - Pays by card
        - Gets a receipt

        ## Refunds
        A shopper gets *money* back — ✓.

        **Acceptance Criteria**
        - Refund within 14 days

        """;

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Import_ThenExport_GivesTheFileBack()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var markdown = scenario.Grains.GetGrain<IStoryMarkdownGrain>(scenario.ProjectId);

        var imported = await markdown.ImportAsync(scenario.Agent, File);
        var exported = await markdown.ExportAsync(scenario.Owner);

        Assert.Equal(["Checkout", "Refunds"], imported.Created.Select(s => s.Title));
        Assert.Equal(File, exported);
        Assert.Equal(["Checkout", "Refunds"], (await scenario.Index.TitlesAsync(scenario.Owner)).ToArray());
    }

    [Fact]
    public async Task Import_WithATitleTheProjectHas_RefusesTheWholeFileNamingTheTitles()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        await scenario.CreateStoryAsync("refunds");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Grains.GetGrain<IStoryMarkdownGrain>(scenario.ProjectId).ImportAsync(scenario.Owner, File));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("'Refunds'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["refunds"], (await scenario.Index.TitlesAsync(scenario.Owner)).ToArray());
    }

    [Fact]
    public async Task Import_WithAnErrorAnywhere_CreatesNothing()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Grains.GetGrain<IStoryMarkdownGrain>(scenario.ProjectId)
            .ImportAsync(scenario.Owner, File + "\n## Broken\nNo criteria section.\n"));

        Assert.Contains(error.Errors, e => e.Message.StartsWith("Line 17: story 'Broken' has no", StringComparison.Ordinal));
        Assert.Empty((await scenario.Index.TitlesAsync(scenario.Owner)).ToArray());
    }

    [Fact]
    public async Task Import_ByAnotherTenant_IsRefused()
    {
        var scenario = await StoryScenario.CreateAsync(Grains);
        var stranger = await StoryScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Grains.GetGrain<IStoryMarkdownGrain>(scenario.ProjectId)
            .ImportAsync(stranger.Account.Owner with { ProjectId = scenario.ProjectId }, File));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }
}
