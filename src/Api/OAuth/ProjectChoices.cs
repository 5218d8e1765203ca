using CodeMySpec.Accounts;
using CodeMySpec.Projects;
using CodeMySpec.Security;

namespace CodeMySpec.Api.OAuth;

/// <summary>One project a person may let a client act on.</summary>
public sealed record ProjectChoice(Guid AccountId, string AccountName, Guid ProjectId, string ProjectName);

/// <summary>Every project a person can reach through their accounts, asked of the grains (which enforce membership).</summary>
internal sealed class ProjectChoices(IGrainFactory grains)
{
    public async Task<IReadOnlyList<ProjectChoice>> ForPersonAsync(Guid userId)
    {
        var person = Actor.Person(userId);
        var accounts = await grains.GetGrain<IUserDirectoryGrain>(userId).GetAsync(person);
        var choices = new List<ProjectChoice>();
        foreach (var membership in accounts.Memberships)
        {
            var scope = new Scope(person, membership.AccountId, null);
            var account = await grains.GetGrain<IAccountGrain>(membership.AccountId).GetAsync(scope);
            var projects = await Task.WhenAll(account.ProjectIds.Select(id => grains.GetGrain<IProjectGrain>(id).GetAsync(scope)));
            choices.AddRange(projects.Select(p => new ProjectChoice(account.Id, account.Name, p.Id, p.Definition.Name)));
        }

        return [.. choices.OrderBy(c => c.AccountName, StringComparer.Ordinal).ThenBy(c => c.ProjectName, StringComparer.Ordinal)];
    }
}
