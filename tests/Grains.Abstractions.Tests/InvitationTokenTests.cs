using System.Buffers.Text;
using CodeMySpec.Accounts;

namespace CodeMySpec.Grains.Abstractions.Tests;

public sealed class InvitationTokenTests
{
    private static readonly Guid AccountId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Format_WritesTheAccountIdThenTheBase64UrlSecret()
    {
        var secret = Enumerable.Range(0, InvitationToken.SecretLength).Select(i => (byte)(250 + i)).ToArray();

        var token = InvitationToken.Format(AccountId, secret);

        Assert.Equal("0f8fad5bd9cb469fa16570867728950e." + Base64Url.EncodeToString(secret), token);
        Assert.DoesNotContain('=', token);
        Assert.True(InvitationToken.TryParse(token, out var accountId, out var parsed));
        Assert.Equal(AccountId, accountId);
        Assert.Equal(secret, parsed);
    }

    [Fact]
    public void TryParseAccountId_OfAWellFormedToken_NamesItsAccount()
    {
        var token = InvitationToken.Format(AccountId, new byte[InvitationToken.SecretLength]);

        Assert.True(InvitationToken.TryParseAccountId(token, out var accountId));
        Assert.Equal(AccountId, accountId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e.short")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("zz8fad5bd9cb469fa16570867728950e.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void TryParseAccountId_OfAMalformedToken_IsFalse(string? token)
    {
        Assert.False(InvitationToken.TryParseAccountId(token, out var accountId));
        Assert.Equal(Guid.Empty, accountId);
    }

    [Fact]
    public void Format_WithASecretOfTheWrongLength_IsRefused() =>
        Assert.Throws<ArgumentException>(() => InvitationToken.Format(AccountId, new byte[16]));
}
