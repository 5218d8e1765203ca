using CodeMySpec.Accounts;

namespace CodeMySpec.Grains.Tests.Rules;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("acme", true)]
    [InlineData("acme-agency-2", true)]
    [InlineData("ab", false)]
    [InlineData("Acme", false)]
    [InlineData("acme agency", false)]
    [InlineData("support", false)]
    public void ValidateSlug_AcceptsOnlyLowercaseUnreservedSlugsOf3To50(string slug, bool valid) =>
        Assert.Equal(valid, AccountRules.ValidateSlug(slug) is null);

    [Fact]
    public void ValidateSlug_Of51Characters_IsRefused() =>
        Assert.NotNull(AccountRules.ValidateSlug(new string('a', 51)));

    [Theory]
    [InlineData(MemberRole.Member, AccountPermission.Read, true)]
    [InlineData(MemberRole.Member, AccountPermission.Manage, false)]
    [InlineData(MemberRole.Admin, AccountPermission.Manage, true)]
    [InlineData(MemberRole.Admin, AccountPermission.Delete, false)]
    [InlineData(MemberRole.Owner, AccountPermission.Delete, true)]
    public void Allows_FollowsTheRightsOfEachRole(MemberRole role, AccountPermission permission, bool allowed) =>
        Assert.Equal(allowed, AccountRules.Allows(role, permission));

    [Theory]
    [InlineData(AccountPermission.Read, true)]
    [InlineData(AccountPermission.Manage, false)]
    [InlineData(AccountPermission.Delete, false)]
    public void AllowsProjectBound_LetsAProjectTokenOnlyRead(AccountPermission permission, bool allowed) =>
        Assert.Equal(allowed, AccountRules.AllowsProjectBound(permission));
}
