using CodeMySpec.Architecture;
using CodeMySpec.Documents;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Architecture;

public sealed class ComponentViewMarkdownTests
{
    private static readonly Guid Author = Guid.Parse("00000000-0000-0000-0000-0000000000bb");

    [Fact]
    public void Render_OfAContext_ShowsMetadataPathsNeighboursChildrenStoriesAndSpec()
    {
        var model = TestGraph.Of([("MyApp.Accounts", "context"), ("MyApp.Repo", "repository"), ("MyAppWeb.UserLive", "liveview"),
            ("MyApp.Accounts.User", "schema"), ("MyApp.Billing", "context")], "MyAppWeb.UserLive->MyApp.Accounts", "MyApp.Accounts->MyApp.Repo");
        var accounts = TestGraph.Id("MyApp.Accounts");
        model.Put(model.Components[accounts] with { Name = "Accounts", Description = "Manages users.", Priority = 3 });
        model.Put(model.Components[TestGraph.Id("MyApp.Accounts.User")] with { ParentId = accounts });
        model.PutSpec(new SpecSummary(accounts, "MyApp.Accounts", DocumentType.ContextSpec, "ab12", 512,
            new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero), Actor.Person(Author)));
        StoryLink[] stories =
        [
            new(Guid.NewGuid(), "Sign up", accounts, ["Gets a confirmation email", "Can sign in\nafterwards"]),
            new(Guid.NewGuid(), "Pay", TestGraph.Id("MyApp.Billing"), ["Is charged"]),
            new(Guid.NewGuid(), "Idea", null),
        ];

        var page = ComponentViewMarkdown.Render(model, accounts, stories);

        Assert.Equal(
            $"""
            # Accounts (MyApp.Accounts)

            - Id: `{accounts}`
            - Module: `MyApp.Accounts`
            - Type: context
            - Priority: 3
            - Parent: none
            - Spec file: `docs/spec/my_app/accounts.spec.md`
            - Code file: `lib/my_app/accounts.ex`
            - Test file: `test/my_app/accounts_test.exs`
            - Design review file: `docs/spec/my_app/accounts/design_review.md`

            Manages users.

            ## Spec

            Stored as context_spec for `MyApp.Accounts`: sha256 `ab12`, 512 bytes, updated 2026-01-02 10:00:00Z by Person:{Author}.

            ## Dependencies

            - `MyApp.Repo` (repository): MyApp.Repo

            ## Dependents

            - `MyAppWeb.UserLive` (liveview): MyAppWeb.UserLive

            ## Children

            - `MyApp.Accounts.User` (schema): MyApp.Accounts.User

            ## Stories

            - Sign up (`{stories[0].StoryId}`)
              - Gets a confirmation email
              - Can sign in afterwards

            """.ReplaceLineEndings("\n"),
            page);
    }

    [Fact]
    public void Render_OfALoneComponentWithoutSpecOrStories_SaysSoInEverySection()
    {
        var model = TestGraph.Of([("MyApp.Repo", "repository"), ("MyApp", "context")]);
        var repo = TestGraph.Id("MyApp.Repo");
        model.Put(model.Components[repo] with { ParentId = TestGraph.Id("MyApp") });

        var page = ComponentViewMarkdown.Render(model, repo, [new StoryLink(Guid.NewGuid(), "Elsewhere", TestGraph.Id("MyApp"), ["Hidden"])]);

        Assert.Contains("- Parent: `MyApp` (context): MyApp\n", page);
        Assert.DoesNotContain("Design review file", page);
        Assert.Contains("## Spec\n\nNo spec stored yet.\n", page);
        Assert.Contains("## Dependencies\n\nDepends on nothing.\n", page);
        Assert.Contains("## Dependents\n\nNothing depends on it.\n", page);
        Assert.Contains("## Children\n\nNo children.\n", page);
        Assert.Contains("## Stories\n\nNo stories are linked to this component.\n", page);
        Assert.DoesNotContain("Hidden", page);
    }

    [Fact]
    public void Render_OfAStoryTitleWithALineBreak_KeepsItOnOneLine()
    {
        var model = TestGraph.Of(["MyApp.Repo"]);
        var repo = TestGraph.Id("MyApp.Repo");

        var page = ComponentViewMarkdown.Render(model, repo, [new StoryLink(Guid.NewGuid(), "Sign up\n## Injected", repo)]);

        Assert.DoesNotContain("\n## Injected", page);
        Assert.Contains("- Sign up ## Injected (", page);
    }
}
