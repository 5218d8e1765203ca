using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Accounts;

public sealed partial class AccountGrainTests
{
    private const string ProjectBoundRefusal = "A token bound to one project cannot manage the account; sign in as a person.";

    [Fact]
    public async Task Get_WithTheOwnersScopeBoundToOneProject_ReturnsTheAccount()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);

        var account = await scenario.Account.GetAsync(Scope.ForPerson(scenario.OwnerId, scenario.AccountId, Guid.NewGuid()));

        Assert.Equal(scenario.AccountId, account.Id);
    }

    [Theory]
    [InlineData("rename")]
    [InlineData("add-member")]
    [InlineData("change-role")]
    [InlineData("remove-member")]
    [InlineData("invite")]
    [InlineData("delete")]
    public async Task ManagingCalls_WithTheOwnersScopeBoundToOneProject_AreForbiddenAndChangeNothing(string call)
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);
        var bound = Scope.ForPerson(scenario.OwnerId, scenario.AccountId, Guid.NewGuid());
        Func<Task> act = call switch
        {
            "rename" => () => scenario.Account.RenameAsync(bound, "Taken over"),
            "add-member" => () => scenario.Account.AddMemberAsync(bound, Guid.NewGuid(), MemberRole.Admin),
            "change-role" => () => scenario.Account.ChangeMemberRoleAsync(bound, memberId, MemberRole.Owner),
            "remove-member" => () => scenario.Account.RemoveMemberAsync(bound, memberId),
            "invite" => () => scenario.Account.InviteAsync(bound, AccountScenario.NewEmail(), MemberRole.Owner),
            _ => () => scenario.Account.DeleteAsync(bound),
        };

        var error = await Assert.ThrowsAsync<DomainException>(act);

        Assert.Equal((DomainErrorKind.Forbidden, ProjectBoundRefusal), (error.Kind, error.Message));
        var account = await scenario.Account.GetAsync(scenario.Owner);
        Assert.Equal(("Acme Agency", 2), (account.Name, account.Members.Length));
        Assert.Equal(MemberRole.Member, account.Members.Single(m => m.UserId == memberId).Role);
        Assert.Empty(await scenario.Account.ListInvitationsAsync(scenario.Owner));
    }

    [Fact]
    public async Task RemoveMember_ThemselvesWithAScopeBoundToOneProject_IsForbidden()
    {
        var scenario = await AccountScenario.CreateAsync(Grains);
        var memberId = await scenario.AddAsync(MemberRole.Member);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            scenario.Account.RemoveMemberAsync(Scope.ForPerson(memberId, scenario.AccountId, Guid.NewGuid()), memberId));

        Assert.Equal((DomainErrorKind.Forbidden, ProjectBoundRefusal), (error.Kind, error.Message));
    }
}
