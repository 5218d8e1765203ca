using CodeMySpec.Accounts;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Accounts;

/// <summary>A fresh team account with its owner, for one test.</summary>
public sealed record AccountScenario(IGrainFactory Grains, Guid AccountId, Guid OwnerId, string Slug)
{
    public IAccountGrain Account => Grains.GetGrain<IAccountGrain>(AccountId);

    public Scope Owner => Scope.ForPerson(OwnerId, AccountId);

    public Scope Person(Guid userId) => Scope.ForPerson(userId, AccountId);

    public static string NewSlug() => "team-" + Guid.NewGuid().ToString("N")[..12];

    public static string NewEmail() => $"dev-{Guid.NewGuid():N}@example.com";

    public static async Task<AccountScenario> CreateAsync(IGrainFactory grains, AccountType type = AccountType.Team)
    {
        var scenario = new AccountScenario(grains, Guid.NewGuid(), Guid.NewGuid(), NewSlug());
        await scenario.Account.CreateAsync(scenario.Owner, new NewAccount("Acme Agency", scenario.Slug, type));
        return scenario;
    }

    /// <summary>Adds a person with a role and returns their id.</summary>
    public async Task<Guid> AddAsync(MemberRole role)
    {
        var userId = Guid.NewGuid();
        await Account.AddMemberAsync(Owner, userId, role);
        return userId;
    }

    /// <summary>The owner invites a fresh email address with a role.</summary>
    public Task<InvitationIssued> InviteAsync(MemberRole role = MemberRole.Member) =>
        Account.InviteAsync(Owner, NewEmail(), role);

    public IUserDirectoryGrain Directory(Guid userId) => Grains.GetGrain<IUserDirectoryGrain>(userId);
}
