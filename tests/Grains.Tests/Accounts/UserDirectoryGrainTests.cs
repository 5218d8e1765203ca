using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Grains.Tests.Fixtures;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class UserDirectoryGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Get_AfterCreatingATeamAccount_ListsItWithTheOwnerRole()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var accounts = await scenario.Directory(scenario.OwnerId).GetAsync(Actor.Person(scenario.OwnerId));

        Assert.Equal(scenario.OwnerId, accounts.UserId);
        Assert.Null(accounts.PersonalAccountId);
        Assert.Equal([new UserMembership(scenario.AccountId, MemberRole.Owner)], accounts.Memberships.AsEnumerable());
        var row = (await GrainStateRows.ReadAsync(fixture.Database, "user-directory", scenario.OwnerId))!.Value;
        Assert.Equal("owner", row.GetProperty("memberships")[0].GetProperty("role").GetString());
        Assert.DoesNotContain("CodeMySpec", row.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AfterCreatingAPersonalAccount_NamesItAsThePersonalOne()
    {
        var scenario = await AccountScenario.CreateAsync(Grains, AccountType.Personal);

        var accounts = await scenario.Directory(scenario.OwnerId).GetAsync(Actor.Person(scenario.OwnerId));

        Assert.Equal(scenario.AccountId, accounts.PersonalAccountId);
        Assert.Equal([new UserMembership(scenario.AccountId, MemberRole.Owner)], accounts.Memberships.AsEnumerable());
    }

    [Fact]
    public async Task Get_FollowsAMemberBeingAddedPromotedAndRemoved()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var personal = await AccountScenario.CreateAsync(Grains, AccountType.Personal);
        var userId = personal.OwnerId;
        var directory = scenario.Directory(userId);
        var me = Actor.Person(userId);

        await scenario.Account.AddMemberAsync(scenario.Owner, userId, MemberRole.Member);
        Assert.Equal([new(personal.AccountId, MemberRole.Owner), new(scenario.AccountId, MemberRole.Member)],
            (await directory.GetAsync(me)).Memberships.AsEnumerable());

        await scenario.Account.ChangeMemberRoleAsync(scenario.Owner, userId, MemberRole.Admin);
        Assert.Contains(new UserMembership(scenario.AccountId, MemberRole.Admin), (await directory.GetAsync(me)).Memberships.AsEnumerable());

        await scenario.Account.RemoveMemberAsync(scenario.Owner, userId);
        var accounts = await directory.GetAsync(me);
        Assert.Equal([new UserMembership(personal.AccountId, MemberRole.Owner)], accounts.Memberships.AsEnumerable());
        Assert.Equal(personal.AccountId, accounts.PersonalAccountId);
    }

    [Fact]
    public async Task Get_AfterTheAccountIsDeleted_NoLongerListsItForAnyMember()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var adminId = await scenario.AddAsync(MemberRole.Admin);
        var memberId = await scenario.AddAsync(MemberRole.Member);

        await scenario.Account.DeleteAsync(scenario.Owner);

        foreach (var userId in new[] { scenario.OwnerId, adminId, memberId })
        {
            Assert.Empty((await scenario.Directory(userId).GetAsync(Actor.Person(userId))).Memberships);
        }
    }

    [Fact]
    public async Task Get_OfSomeoneWhoBelongsNowhere_IsEmpty()
    {
        var userId = Guid.NewGuid();

        var accounts = await Grains.GetGrain<IUserDirectoryGrain>(userId).GetAsync(Actor.Person(userId));

        Assert.Equal((userId, (Guid?)null), (accounts.UserId, accounts.PersonalAccountId));
        Assert.Empty(accounts.Memberships.AsEnumerable());
    }

    [Fact]
    public async Task Get_ByAnotherPerson_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Directory(scenario.OwnerId).GetAsync(Actor.Person(Guid.NewGuid())));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task Get_ByAnAgentClient_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Directory(scenario.OwnerId).GetAsync(Actor.Agent(scenario.OwnerId.ToString())));

        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task RecordMembership_Repeated_WritesNothingTheSecondTime()
    {
        var userId = Guid.NewGuid();
        var accountId = Guid.NewGuid();
        var index = Grains.GetGrain<IUserDirectoryIndex>(userId);
        await index.RecordMembershipAsync(accountId, MemberRole.Admin, AccountType.Personal);
        var version = await GrainStateRows.VersionAsync(fixture.Database, "user-directory", userId);

        await index.RecordMembershipAsync(accountId, MemberRole.Admin, AccountType.Personal);

        Assert.Equal(version, await GrainStateRows.VersionAsync(fixture.Database, "user-directory", userId));
        var accounts = await Grains.GetGrain<IUserDirectoryGrain>(userId).GetAsync(Actor.Person(userId));
        Assert.Equal((accountId, 1), (accounts.PersonalAccountId, accounts.Memberships.Length));
    }

    [Fact]
    public async Task ForgetMembership_Repeated_WritesNothingTheSecondTime()
    {
        var userId = Guid.NewGuid();
        var accountId = Guid.NewGuid();
        var index = Grains.GetGrain<IUserDirectoryIndex>(userId);
        await index.RecordMembershipAsync(accountId, MemberRole.Owner, AccountType.Personal);
        await index.ForgetMembershipAsync(accountId);
        var version = await GrainStateRows.VersionAsync(fixture.Database, "user-directory", userId);

        await index.ForgetMembershipAsync(accountId);

        Assert.Equal(version, await GrainStateRows.VersionAsync(fixture.Database, "user-directory", userId));
        var accounts = await Grains.GetGrain<IUserDirectoryGrain>(userId).GetAsync(Actor.Person(userId));
        Assert.Null(accounts.PersonalAccountId);
        Assert.Empty(accounts.Memberships.AsEnumerable());
    }

    [Fact]
    public async Task ChangeMemberRole_ToTheSameRole_RepairsAMissingDirectoryEntry()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);
        await Grains.GetGrain<IUserDirectoryIndex>(memberId).ForgetMembershipAsync(scenario.AccountId);

        await scenario.Account.ChangeMemberRoleAsync(scenario.Owner, memberId, MemberRole.Member);

        Assert.Equal([new UserMembership(scenario.AccountId, MemberRole.Member)],
            (await scenario.Directory(memberId).GetAsync(Actor.Person(memberId))).Memberships.AsEnumerable());
    }
}
