using CodeMySpec.Architecture;

namespace CodeMySpec.Grains.Tests.Architecture;

public sealed class ArchitectureAnalysesTests
{
    [Fact]
    public void Health_WithOneOrphanInFiveStoriesAMissingReferenceAndAHighFanOut_AppliesTheFormulas()
    {
        var model = TestGraph.Of(["Hub", "A", "B", "C", "D", "E", "F"], "Hub->A", "Hub->B", "Hub->C", "Hub->D", "Hub->E", "Hub->F");
        StoryLink[] stories =
        [
            Story("s1", "Hub"), Story("s2", "A"), Story("s3", "B"), Story("s4", null),
            new(Guid.NewGuid(), "s5", Guid.NewGuid()),
        ];

        var health = ArchitectureAnalyses.Health(model, stories);

        Assert.Equal((5, 1, 20.0, "fair"), (health.Stories, health.OrphanedStories, health.OrphanPercentage, health.CoverageLevel));
        Assert.Equal(("s5", 1), (health.MissingReferences.Single().Title, health.HighFanOut.Length));
        Assert.Empty(health.Cycles);

        // coverage = 100 − 20 = 80; dependency = 100 − 10·1 − 5·1 = 85; overall = 82.5 → 83, good.
        Assert.Equal((80, 85, 83, "good"), (health.CoverageScore, health.DependencyScore, health.OverallScore, health.Level));
    }

    [Fact]
    public void Health_WithACycleAndNoStories_LosesTwentyDependencyPoints()
    {
        var health = ArchitectureAnalyses.Health(TestGraph.Of(["A", "B"], "A->B", "B->A"), []);

        Assert.Equal((100, 80, 90, "excellent"), (health.CoverageScore, health.DependencyScore, health.OverallScore, health.Level));
        Assert.Equal(["A → B → A"], health.Cycles.ToArray());
    }

    [Theory]
    [InlineData(0, "excellent")]
    [InlineData(10, "good")]
    [InlineData(10.1, "fair")]
    [InlineData(25, "fair")]
    [InlineData(25.1, "poor")]
    public void CoverageLevel_AtTheBoundaries_FollowsTheDomainThresholds(double orphanPercentage, string level) =>
        Assert.Equal(level, ArchitectureAnalyses.CoverageLevel(orphanPercentage));

    [Theory]
    [InlineData(85, "excellent")]
    [InlineData(84, "good")]
    [InlineData(70, "good")]
    [InlineData(69, "fair")]
    [InlineData(50, "fair")]
    [InlineData(49, "poor")]
    public void Level_AtTheBoundaries_FollowsTheDomainThresholds(int score, string level) =>
        Assert.Equal(level, ArchitectureAnalyses.Level(score));

    [Fact]
    public void Impact_OfARepository_ListsTransitiveDependentsTheirStoriesAndFiles()
    {
        var model = TestGraph.Of(["MyApp.Repo", "MyApp.Accounts", "MyAppWeb.UserLive", "MyApp.Mailer"],
            "MyApp.Accounts->MyApp.Repo", "MyAppWeb.UserLive->MyApp.Accounts", "MyAppWeb.UserLive->MyApp.Mailer");
        StoryLink[] stories = [Story("Sign up", "MyAppWeb.UserLive"), Story("Send mail", "MyApp.Mailer")];

        var impact = ArchitectureAnalyses.Impact(model, TestGraph.Id("MyApp.Repo"), stories);

        Assert.Equal([TestGraph.Id("MyApp.Accounts"), TestGraph.Id("MyAppWeb.UserLive")], impact.Dependents.ToArray());
        Assert.Equal(["Sign up"], impact.AffectedStories.Select(s => s.Title));
        Assert.Equal(["lib/my_app/repo.ex", "lib/my_app/accounts.ex", "lib/my_app_web/user_live.ex"], impact.Files.Select(f => f.CodeFile));
        Assert.Equal("test/my_app/repo_test.exs", impact.Files[0].TestFile);
    }

    [Fact]
    public void OrphanedContexts_AreContextsWithoutStoriesThatNoStoryBearingComponentReaches()
    {
        var model = TestGraph.Of([("Web", "liveview"), ("Accounts", "context"), ("Billing", "context"), ("Blog", "context")], "Web->Accounts");

        var orphaned = ArchitectureAnalyses.OrphanedContexts(model, [Story("Sign up", "Web"), Story("Write", "Blog")]);

        Assert.Equal(["Billing"], orphaned.Select(c => c.ModuleName));
    }

    [Fact]
    public void View_LayersByDependencyDepthWithStories()
    {
        var model = TestGraph.Of(["Web", "Accounts", "Repo"], "Web->Accounts", "Accounts->Repo", "Web->Repo");

        var view = ArchitectureAnalyses.View(model, [Story("Sign up", "Web")]);

        Assert.Equal([(0, "Repo"), (1, "Accounts"), (2, "Web")], view.Select(l => (l.Depth, l.Components.Single().Component.ModuleName)));
        Assert.Equal("Sign up", view[2].Components[0].Stories.Single().Title);
    }

    [Fact]
    public void Statistics_CountIncomingAndOutgoingDependencies()
    {
        var model = TestGraph.Of(["A", "B", "C"], "A->B", "A->C", "B->C");

        var statistics = ArchitectureAnalyses.Statistics(model, [Story("x", "C")]);

        Assert.Equal([("A", 0, 0, 2), ("B", 0, 1, 1), ("C", 1, 2, 0)],
            statistics.Select(s => (s.ModuleName, s.Stories, s.IncomingDependencies, s.OutgoingDependencies)));
    }

    private static StoryLink Story(string title, string? module) => new(Guid.NewGuid(), title, module is null ? null : TestGraph.Id(module));
}
