using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed partial class AccountGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Create_ByPerson_MakesThemTheOwnerAndStoresReadableJson()
    {
        var accountId = Guid.NewGuid();
        var ownerId = Guid.NewGuid();
        var slug = AccountScenario.NewSlug();

        var account = await Grains.GetGrain<IAccountGrain>(accountId)
            .CreateAsync(Scope.ForPerson(ownerId, accountId), new NewAccount("  Acme Agency ", slug, AccountType.Team));

        Assert.Equal("Acme Agency", account.Name);
        Assert.Equal(slug, account.Slug);
        var owner = Assert.Single(account.Members);
        Assert.Equal((ownerId, MemberRole.Owner), (owner.UserId, owner.Role));
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), account.CreatedAt);

        var row = await GrainStateRows.ReadAsync(fixture.Database, "account", accountId);
        Assert.NotNull(row);
        Assert.Equal("Acme Agency", row.Value.GetProperty("name").GetString());
        Assert.Equal("team", row.Value.GetProperty("type").GetString());
        Assert.Equal("owner", row.Value.GetProperty("members")[0].GetProperty("role").GetString());
        Assert.DoesNotContain("CodeMySpec", row.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithInvalidFields_NamesEachFieldAndWritesNothing()
    {
        var accountId = Guid.NewGuid();
        var grain = Grains.GetGrain<IAccountGrain>(accountId);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            grain.CreateAsync(Scope.ForPerson(Guid.NewGuid(), accountId), new NewAccount(" ", "No", (AccountType)7)));

        Assert.Equal(DomainErrorKind.Validation, error.Kind);
        Assert.Equal(["name", "slug", "type"], error.Errors.Select(e => e.Field));
        Assert.Equal(0, await GrainStateRows.CountAsync(fixture.Database, "account", accountId));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("under_score")]
    [InlineData("UPPER")]
    public async Task Create_WithReservedOrMalformedSlug_IsRefused(string slug)
    {
        var accountId = Guid.NewGuid();
        var error = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IAccountGrain>(accountId)
            .CreateAsync(Scope.ForPerson(Guid.NewGuid(), accountId), new NewAccount("Acme", slug, AccountType.Team)));

        Assert.Equal("slug", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Create_WithTakenSlug_IsAConflictAndTheSlugStaysWithTheFirstAccount()
    {
        var first = await AccountScenario.CreateAsync(Grains);
        var otherId = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IAccountGrain>(otherId)
            .CreateAsync(Scope.ForPerson(Guid.NewGuid(), otherId), new NewAccount("Copycat", first.Slug, AccountType.Team)));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Equal("slug", Assert.Single(error.Errors).Field);
        Assert.Equal(first.Slug, (await first.Account.GetAsync(first.Owner)).Slug);
    }

    [Fact]
    public async Task Create_RetriedWithTheSameInput_ReturnsTheSameAccount()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var again = await scenario.Account.CreateAsync(scenario.Owner, new NewAccount("Acme Agency", scenario.Slug, AccountType.Team));

        Assert.Equal(scenario.AccountId, again.Id);
        Assert.Single(again.Members);
    }

    [Fact]
    public async Task Create_OverAnExistingAccountWithOtherInput_IsAConflict()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.CreateAsync(scenario.Owner, new NewAccount("Other", AccountScenario.NewSlug(), AccountType.Team)));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Get_WithAScopeOfAnotherAccount_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.GetAsync(Scope.ForPerson(scenario.OwnerId, Guid.NewGuid())));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Get_ByAPersonWhoIsNotAMember_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.GetAsync(scenario.Person(Guid.NewGuid())));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Get_ByAnAgentClient_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.GetAsync(Scope.ForAgent("agent-1", scenario.AccountId, Guid.NewGuid())));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Get_OfAnAccountThatDoesNotExist_IsNotFound()
    {
        var accountId = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<IAccountGrain>(accountId).GetAsync(Scope.ForPerson(Guid.NewGuid(), accountId)));

        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }
}
