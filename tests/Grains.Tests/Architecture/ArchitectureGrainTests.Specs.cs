using System.Security.Cryptography;
using System.Text;
using CodeMySpec.Architecture;
using CodeMySpec.Documents;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Architecture;

public sealed partial class ArchitectureGrainTests
{
    [Fact]
    public async Task PutSpec_OfAContext_StoresItWithHashAuthorAndTimeAndReadsItBackAfterDeactivation()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var accounts = await scenario.CreateAsync("MyApp.Accounts");
        var content = SpecDocuments.ContextSpec("MyApp.Accounts");

        var summary = await scenario.Architecture.PutSpecAsync(scenario.Owner, accounts.Id, content);
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var byId = await scenario.Architecture.GetSpecAsync(scenario.Owner, accounts.Id);
        var byModule = await scenario.Architecture.GetSpecByModuleAsync(scenario.Owner, "MyApp.Accounts");

        Assert.Equal(new SpecSummary(accounts.Id, "MyApp.Accounts", DocumentType.ContextSpec, Sha256(content), Encoding.UTF8.GetByteCount(content),
            ClusterFixture.Clock.GetUtcNow(), scenario.Owner.Actor), summary);
        Assert.Equal(new ComponentSpecDocument(summary, content), byId);
        Assert.Equal(byId, byModule);
    }

    [Fact]
    public async Task PutSpec_UsesTheDocumentTypeOfTheComponentsType()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var user = await scenario.CreateAsync("MyApp.Accounts.User", "schema");
        var repo = await scenario.CreateAsync("MyApp.Accounts.Users", "repository");

        var schema = await scenario.Architecture.PutSpecAsync(scenario.Owner, user.Id, SpecDocuments.Schema("MyApp.Accounts.User"));
        var spec = await scenario.Architecture.PutSpecAsync(scenario.Owner, repo.Id, SpecDocuments.Spec("MyApp.Accounts.Users"));
        var schemaAsSpec = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.PutSpecAsync(scenario.Owner, repo.Id, SpecDocuments.Schema("MyApp.Accounts.Users")));

        Assert.Equal((DocumentType.Schema, DocumentType.Spec), (schema.DocumentType, spec.DocumentType));
        Assert.Contains(schemaAsSpec.Errors, e => e.Message.Contains("Missing required sections: functions OR delegates, dependencies"));
    }

    [Fact]
    public async Task PutSpec_OfAnInvalidDocument_IsRefusedNamingEachErrorAndStoresNothing()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var accounts = await scenario.CreateAsync("MyApp.Accounts");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.PutSpecAsync(scenario.Owner, accounts.Id, "Accounts\n\n## Notes\nSoon.\n"));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        Assert.All(error.Errors, e => Assert.Equal("content", e.Field));
        Assert.Contains(error.Errors, e => e.Message.StartsWith(DocumentEngine.MissingTitle));
        Assert.Contains(error.Errors, e => e.Message.StartsWith("Missing required sections: functions OR delegates, dependencies, components"));
        Assert.Contains(error.Errors, e => e.Message.StartsWith("Disallowed sections found: notes"));
        Assert.Empty(await scenario.Architecture.ListSpecsAsync(scenario.Owner));
        Assert.Equal(0, await CountAsync("architecture_specs", scenario.ProjectId));
    }

    [Fact]
    public async Task PutSpec_TitledWithAnotherModule_IsRefusedNamingBoth()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var accounts = await scenario.CreateAsync("MyApp.Accounts");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.PutSpecAsync(scenario.Owner, accounts.Id, SpecDocuments.ContextSpec("MyApp.Billing")));

        var message = Assert.Single(error.Errors).Message;
        Assert.Contains("# MyApp.Billing", message);
        Assert.Contains("start it with # MyApp.Accounts", message);
    }

    [Fact]
    public async Task PutSpec_OverTheDocumentLimit_IsRefusedWithTheLimit()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var accounts = await scenario.CreateAsync("MyApp.Accounts");
        var huge = SpecDocuments.ContextSpec("MyApp.Accounts") + "\n" + new string('x', DocumentLimits.MaxBytes);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.PutSpecAsync(scenario.Owner, accounts.Id, huge));

        Assert.Contains($"the limit is {DocumentLimits.MaxBytes} bytes", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public async Task PutSpec_ForAnUnknownComponentOrOneOfAnotherProject_IsNotFound()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var other = await ArchitectureScenario.CreateAsync(Grains);
        var foreign = await other.CreateAsync("MyApp.Accounts");

        var unknown = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.PutSpecAsync(scenario.Owner, Guid.NewGuid(), SpecDocuments.ContextSpec("MyApp.Accounts")));
        var crossProject = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.PutSpecAsync(scenario.Owner, foreign.Id, SpecDocuments.ContextSpec("MyApp.Accounts")));
        var read = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.GetSpecAsync(scenario.Owner, foreign.Id));

        Assert.Equal((DomainErrorKind.NotFound, DomainErrorKind.NotFound, DomainErrorKind.NotFound), (unknown.Kind, crossProject.Kind, read.Kind));
        Assert.Equal(0, await CountAsync("architecture_specs", scenario.ProjectId));
    }

    [Fact]
    public async Task Specs_ForAnAgentOfAnotherProject_AreRefused_AndTheProjectsOwnAgentIsRecordedAsAuthor()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var accounts = await scenario.CreateAsync("MyApp.Accounts");
        var otherProject = Guid.NewGuid();
        await Grains.GetGrain<IProjectGrain>(otherProject).CreateAsync(scenario.Owner, new ProjectDefinition("Blog", null, "Blog", null, null));
        await Grains.GetGrain<IProjectGrain>(otherProject).GrantAgentAsync(scenario.Owner, "agent-blog");
        await Grains.GetGrain<IProjectGrain>(scenario.ProjectId).GrantAgentAsync(scenario.Owner, "agent-shop");
        var stranger = Scope.ForAgent("agent-blog", scenario.Account.AccountId, otherProject);
        var own = Scope.ForAgent("agent-shop", scenario.Account.AccountId, scenario.ProjectId);

        var write = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Architecture.PutSpecAsync(stranger, accounts.Id, SpecDocuments.ContextSpec("MyApp.Accounts")));
        var list = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.ListSpecNamesAsync(stranger));
        var written = await scenario.Architecture.PutSpecAsync(own, accounts.Id, SpecDocuments.ContextSpec("MyApp.Accounts"));

        Assert.Contains(write.Kind, new[] { DomainErrorKind.Forbidden, DomainErrorKind.NotFound });
        Assert.Contains(list.Kind, new[] { DomainErrorKind.Forbidden, DomainErrorKind.NotFound });
        Assert.Equal(Actor.Agent("agent-shop"), written.UpdatedBy);
        Assert.Equal(["MyApp.Accounts"], (await scenario.Architecture.ListSpecNamesAsync(own)).ToArray());
    }

    [Fact]
    public async Task GetSpec_BeforeOneIsWritten_IsNotFoundWithAHint()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var accounts = await scenario.CreateAsync("MyApp.Accounts");

        var byId = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.GetSpecAsync(scenario.Owner, accounts.Id));
        var byModule = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.GetSpecByModuleAsync(scenario.Owner, "MyApp.Accounts"));
        var noModule = await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.GetSpecByModuleAsync(scenario.Owner, "MyApp.Nowhere"));

        Assert.Equal((DomainErrorKind.NotFound, DomainErrorKind.NotFound, DomainErrorKind.NotFound), (byId.Kind, byModule.Kind, noModule.Kind));
        Assert.Contains("MyApp.Accounts has no spec yet; write it with a design session or PUT", byId.Message);
        Assert.Contains("MyApp.Nowhere", noModule.Message);
    }

    [Fact]
    public async Task PutSpec_Again_ReplacesTheContent_ButTheSameTextChangesNothing()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var repo = await scenario.CreateAsync("MyApp.Repo", "repository");
        var first = await scenario.Architecture.PutSpecAsync(scenario.Owner, repo.Id, SpecDocuments.Spec("MyApp.Repo"));
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var same = await scenario.Architecture.PutSpecAsync(scenario.Owner, repo.Id, SpecDocuments.Spec("MyApp.Repo"));
        var changed = await scenario.Architecture.PutSpecAsync(scenario.Owner, repo.Id, SpecDocuments.Spec("MyApp.Repo") + "\n- MyApp.Cache\n");

        Assert.Equal(first, same);
        Assert.NotEqual(first.ContentHash, changed.ContentHash);
        Assert.Equal(changed, Assert.Single(await scenario.Architecture.ListSpecsAsync(scenario.Owner)));
        Assert.EndsWith("- MyApp.Cache\n", (await scenario.Architecture.GetSpecAsync(scenario.Owner, repo.Id)).Content);
    }

    [Fact]
    public async Task ListSpecs_AreOrderedByModuleName_AndDeletingAComponentDeletesItsSpec()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var (web, accounts, repo) = (await scenario.CreateAsync("MyAppWeb"), await scenario.CreateAsync("MyApp.Accounts"), await scenario.CreateAsync("MyApp.Repo", "repository"));
        await scenario.Architecture.PutSpecAsync(scenario.Owner, web.Id, SpecDocuments.ContextSpec("MyAppWeb"));
        await scenario.Architecture.PutSpecAsync(scenario.Owner, repo.Id, SpecDocuments.Spec("MyApp.Repo"));
        await scenario.Architecture.PutSpecAsync(scenario.Owner, accounts.Id, SpecDocuments.ContextSpec("MyApp.Accounts"));

        Assert.Equal(["MyApp.Accounts", "MyApp.Repo", "MyAppWeb"], (await scenario.Architecture.ListSpecsAsync(scenario.Owner)).Select(s => s.ModuleName));
        await scenario.Architecture.DeleteComponentAsync(scenario.Owner, repo.Id);
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(["MyApp.Accounts", "MyAppWeb"], (await scenario.Architecture.ListSpecNamesAsync(scenario.Owner)).ToArray());
        Assert.Equal(2, await CountAsync("architecture_specs", scenario.ProjectId));
        var recreated = await scenario.CreateAsync("MyApp.Repo", "repository");
        await Assert.ThrowsAsync<DomainException>(() => scenario.Architecture.GetSpecAsync(scenario.Owner, recreated.Id));
    }

    [Fact]
    public async Task GetComponentViewMarkdown_ShowsTheGraphAroundTheComponentAndItsSpec()
    {
        var scenario = await ArchitectureScenario.CreateAsync(Grains);
        var (web, accounts, repo) = (await scenario.CreateAsync("MyAppWeb.UserLive", "liveview"), await scenario.CreateAsync("MyApp.Accounts"), await scenario.CreateAsync("MyApp.Repo", "repository"));
        await scenario.DependAsync(web, accounts);
        await scenario.DependAsync(accounts, repo);
        var spec = await scenario.Architecture.PutSpecAsync(scenario.Owner, accounts.Id, SpecDocuments.ContextSpec("MyApp.Accounts"));

        var page = await scenario.Architecture.GetComponentViewMarkdownAsync(scenario.Owner, accounts.Id,
            [new StoryLink(Guid.NewGuid(), "Sign up", accounts.Id, ["Gets a confirmation email"]), new StoryLink(Guid.NewGuid(), "Elsewhere", repo.Id)]);

        Assert.StartsWith("# Accounts (MyApp.Accounts)\n", page);
        Assert.Contains("## Dependencies\n\n- `MyApp.Repo` (repository): Repo\n", page);
        Assert.Contains("## Dependents\n\n- `MyAppWeb.UserLive` (liveview): UserLive\n", page);
        Assert.Contains($"sha256 `{spec.ContentHash}`", page);
        Assert.Contains("  - Gets a confirmation email\n", page);
        Assert.DoesNotContain("Elsewhere", page);
    }

    private static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
