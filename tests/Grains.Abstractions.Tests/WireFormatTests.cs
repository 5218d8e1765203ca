using System.Collections.Immutable;
using CodeMySpec.Accounts;
using CodeMySpec.Documents;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Prompts;
using CodeMySpec.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CodeMySpec.Grains.Abstractions.Tests;

/// <summary>What crosses between silos and processes must arrive whole.</summary>
public sealed class WireFormatTests
{
    private static readonly Serializer Serializer =
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void Scope_OfAnAgent_RoundTripsWithItsProjectBinding()
    {
        var scope = Scope.ForAgent("agent-7", Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal(scope, RoundTrip(scope));
    }

    [Fact]
    public void DomainException_RoundTripsWithKindMessageAndFieldErrors()
    {
        var error = DomainException.Invalid([new FieldError("slug", "Use 3 to 50 characters."), new FieldError("name", "Give a name.")]);

        var copy = RoundTrip(error);

        Assert.Equal(DomainErrorKind.Validation, copy.Kind);
        Assert.Equal(error.Message, copy.Message);
        Assert.Equal(error.Errors.ToArray(), copy.Errors.ToArray());
    }

    [Fact]
    public void AccountDetails_RoundTripsWithMembersAndProjects()
    {
        var now = DateTimeOffset.UtcNow;
        var details = new AccountDetails(Guid.NewGuid(), "Acme", "acme", AccountType.Team,
            [new AccountMember(Guid.NewGuid(), MemberRole.Owner, now)], [Guid.NewGuid()], now, now);

        var copy = RoundTrip(details);

        Assert.Equal((details.Id, details.Name, details.Slug, details.Type, details.CreatedAt), (copy.Id, copy.Name, copy.Slug, copy.Type, copy.CreatedAt));
        Assert.Equal(details.Members.ToArray(), copy.Members.ToArray());
        Assert.Equal(details.ProjectIds.ToArray(), copy.ProjectIds.ToArray());
    }

    [Fact]
    public void ProjectDetails_RoundTripsWithItsDefinition()
    {
        var definition = new ProjectDefinition("Shop", "Summary", "Shop", "https://example.com/shop.git", null);
        var details = new ProjectDetails(Guid.NewGuid(), Guid.NewGuid(), definition, ImmutableArray.Create("agent-1"), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

        var copy = RoundTrip(details);

        Assert.Equal(definition, copy.Definition);
        Assert.Equal(["agent-1"], copy.AgentClientIds.ToArray());
    }

    [Fact]
    public void InvitationIssued_RoundTripsWithItsToken()
    {
        var now = DateTimeOffset.UtcNow;
        var issued = new InvitationIssued(
            new Invitation(Guid.NewGuid(), Guid.NewGuid(), "ana@example.com", MemberRole.Admin, Guid.NewGuid(), now, now.AddDays(7)),
            "0f8fad5bd9cb469fa16570867728950e.secret");

        Assert.Equal(issued, RoundTrip(issued));
    }

    [Fact]
    public void InvitationIssued_WhenPrinted_HidesTheToken()
    {
        var issued = new InvitationIssued(
            new Invitation(Guid.NewGuid(), Guid.NewGuid(), "ana@example.com", MemberRole.Member, Guid.NewGuid(), default, default),
            "0f8fad5bd9cb469fa16570867728950e.the-secret-part");

        Assert.DoesNotContain("the-secret-part", issued.ToString(), StringComparison.Ordinal);
        Assert.Contains("ana@example.com", issued.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UserAccounts_RoundTripsWithMemberships()
    {
        var accounts = new UserAccounts(Guid.NewGuid(), Guid.NewGuid(), [new UserMembership(Guid.NewGuid(), MemberRole.Owner)]);

        var copy = RoundTrip(accounts);

        Assert.Equal((accounts.UserId, accounts.PersonalAccountId), (copy.UserId, copy.PersonalAccountId));
        Assert.Equal(accounts.Memberships.ToArray(), copy.Memberships.ToArray());
    }

    [Fact]
    public void PersonId_OfAnAgent_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => Actor.Agent("agent-1").PersonId);

    [Fact]
    public void DocumentValidation_RoundTripsWithErrorsAndParsedSections()
    {
        var validation = new DocumentValidation(DocumentType.ContextSpec, false,
            [new DocumentError("Missing required sections: components"), new DocumentError("Dependencies, line 5: bad", "dependencies", 5)],
            "MyApp.Accounts", ["functions", "dependencies"],
            [new FunctionSpec("get_user", 1, "Fetches.", "@spec get_user(integer()) :: User.t()", ["Query."], ["returns the user"], 7)],
            [new DelegateSpec("list/1", "MyApp.Repo", "list/1", 9)],
            ["MyApp.Repo"],
            [new FieldSpec("email", "string", true, "Sign-in address", "Unique", 12)],
            [new ComponentSpec("MyApp.Accounts.User", "The user.", 20)]);

        var copy = RoundTrip(validation);

        Assert.Equal(validation.Errors.ToArray(), copy.Errors.ToArray());
        Assert.Equal(validation.Functions[0].TestAssertions.ToArray(), copy.Functions[0].TestAssertions.ToArray());
        Assert.Equal((validation.ModuleName, validation.Fields[0], validation.Components[0], validation.Delegates[0]),
            (copy.ModuleName, copy.Fields[0], copy.Components[0], copy.Delegates[0]));
    }

    [Fact]
    public void PromptText_RoundTripsWithItsTextAndCounts()
    {
        var prompt = new PromptText("story_review", "Story review", "Reviews the stories.", "# Story review: Shop\n\n### Checkout ✓\n", 300, 240, 0, 0);

        Assert.Equal(prompt, RoundTrip(prompt));
    }

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;
}
