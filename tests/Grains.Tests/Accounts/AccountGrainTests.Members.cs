using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Projects;

namespace CodeMySpec.Grains.Tests.Accounts;

public sealed partial class AccountGrainTests
{
    [Fact]
    public async Task AddMember_ByAnAdmin_AddsThePersonWithTheRole()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var adminId = await scenario.AddAsync(MemberRole.Admin);
        var newcomer = Guid.NewGuid();

        var account = await scenario.Account.AddMemberAsync(scenario.Person(adminId), newcomer, MemberRole.Member);

        Assert.Contains(account.Members, m => m.UserId == newcomer && m.Role == MemberRole.Member);
        Assert.Equal(MemberRole.Member, await scenario.Account.AuthorizeAsync(scenario.Person(newcomer), AccountPermission.Read));
    }

    [Fact]
    public async Task AddMember_AsOwnerByAnAdmin_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var adminId = await scenario.AddAsync(MemberRole.Admin);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AddMemberAsync(scenario.Person(adminId), Guid.NewGuid(), MemberRole.Owner));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task AddMember_ByAPlainMember_IsForbiddenAndChangesNothing()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);

        await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AddMemberAsync(scenario.Person(memberId), Guid.NewGuid(), MemberRole.Member));

        Assert.Equal(2, (await scenario.Account.GetAsync(scenario.Owner)).Members.Length);
    }

    [Fact]
    public async Task AddMember_WhoIsAlreadyAMember_IsAConflict()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AddMemberAsync(scenario.Owner, memberId, MemberRole.Admin));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task AddMember_ToAPersonalAccount_IsAConflict()
    {
        var scenario = await AccountScenario.CreateAsync(Grains, AccountType.Personal);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.AddMemberAsync(scenario.Owner, Guid.NewGuid(), MemberRole.Member));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Rename_ByAPlainMember_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.RenameAsync(scenario.Person(memberId), "Mine now"));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        Assert.Equal("Acme Agency", (await scenario.Account.GetAsync(scenario.Owner)).Name);
    }

    [Fact]
    public async Task ChangeMemberRole_DemotingTheLastOwner_IsRefused()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.ChangeMemberRoleAsync(scenario.Owner, scenario.OwnerId, MemberRole.Admin));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("at least one owner", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeMemberRole_WithASecondOwner_LetsTheFirstStepDown()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var secondOwner = await scenario.AddAsync(MemberRole.Owner);

        var account = await scenario.Account.ChangeMemberRoleAsync(scenario.Owner, scenario.OwnerId, MemberRole.Member);

        Assert.Equal([secondOwner], account.Members.Where(m => m.Role == MemberRole.Owner).Select(m => m.UserId));
    }

    [Fact]
    public async Task RemoveMember_TheLastOwner_IsRefused()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.RemoveMemberAsync(scenario.Owner, scenario.OwnerId));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task RemoveMember_Themselves_LetsAPlainMemberLeave()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);

        await scenario.Account.RemoveMemberAsync(scenario.Person(memberId), memberId);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.GetAsync(scenario.Person(memberId)));
        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Delete_WhileProjectsRemain_IsRefused()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        await Grains.GetGrain<IProjectGrain>(Guid.NewGuid())
            .CreateAsync(scenario.Owner, new ProjectDefinition("Shop", null, "Shop", null, null));

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.DeleteAsync(scenario.Owner));

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Delete_ByTheOwner_RemovesTheAccountAndFreesItsSlug()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        await scenario.Account.DeleteAsync(scenario.Owner);

        var gone = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.GetAsync(scenario.Owner));
        Assert.Equal(DomainErrorKind.NotFound, gone.Kind);
        Assert.Null(await GrainStateRows.ReadAsync(fixture.Database, "account", scenario.AccountId));
        var nextId = Guid.NewGuid();
        var next = await Grains.GetGrain<IAccountGrain>(nextId)
            .CreateAsync(Security.Scope.ForPerson(Guid.NewGuid(), nextId), new NewAccount("Next", scenario.Slug, AccountType.Team));
        Assert.Equal(scenario.Slug, next.Slug);
    }

    [Fact]
    public async Task Delete_ByAnAdmin_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var adminId = await scenario.AddAsync(MemberRole.Admin);

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Account.DeleteAsync(scenario.Person(adminId)));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task State_AfterEveryActivationIsCollected_IsReadBackFromPostgres()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Admin);
        await scenario.Account.RenameAsync(scenario.Owner, "Acme Renamed");

        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var account = await scenario.Account.GetAsync(scenario.Person(memberId));
        Assert.Equal("Acme Renamed", account.Name);
        Assert.Contains(account.Members, m => m.UserId == memberId && m.Role == MemberRole.Admin);
    }
}
