using System.Text;
using CodeMySpec.Accounts;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using CodeMySpec.Stories;

namespace CodeMySpec.Bench;

/// <summary>The steps the bench times: a fresh account and project, a generated file, import, export.</summary>
internal static class StoriesRun
{
    public const string ProjectName = "Bench Shop";

    public static async Task<Scope> CreateProjectAsync(IGrainFactory grains)
    {
        var owner = Scope.ForPerson(Guid.NewGuid(), Guid.NewGuid());
        await grains.GetGrain<IAccountGrain>(owner.AccountId)
            .CreateAsync(owner, new NewAccount("Bench", "bench-" + Guid.NewGuid().ToString("N")[..10], AccountType.Team));
        var projectId = Guid.NewGuid();
        await grains.GetGrain<IProjectGrain>(projectId).CreateAsync(owner, new ProjectDefinition(ProjectName, "A bench.", "BenchShop", null, null));
        return owner with { ProjectId = projectId };
    }

    /// <summary>A file in the exact form export writes, so that the bench can also report whether the round trip is exact.</summary>
    public static string Generate(int count)
    {
        var text = new StringBuilder($"# {ProjectName}\n\n");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append($"## Story {i:D4}: shopper pays for basket {i}\n")
                .Append($"As a shopper with basket {i}\nI want to pay with **card** or `voucher`,\nso that the order ships — ✓.\n\n")
                .Append("**Acceptance Criteria**\n");
            for (var c = 0; c < 4; c++)
            {
                text.Append($"- Criterion {c} of story {i}: the total is shown in €\n");
            }
        }

        return text.ToString();
    }

    public static async Task<int> ImportAsync(IGrainFactory grains, Scope scope, string markdown) =>
        (await grains.GetGrain<IStoryMarkdownGrain>(scope.ProjectId!.Value).ImportAsync(scope, markdown)).Created.Length;

    public static Task<string> ExportAsync(IGrainFactory grains, Scope scope) =>
        grains.GetGrain<IStoryMarkdownGrain>(scope.ProjectId!.Value).ExportAsync(scope);
}
