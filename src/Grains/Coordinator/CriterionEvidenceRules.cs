using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CodeMySpec.Sessions;
using CodeMySpec.Stories;

namespace CodeMySpec.Coordinator;

/// <summary>
/// Per-criterion evidence: a test names the criteria it checks with <c>[criterion:&lt;uuid&gt;]</c> in its name. For each
/// criterion the latest passing and the latest failing test are kept; a story is evidenced when every criterion has a
/// passing test. Pure.
/// </summary>
internal static partial class CriterionEvidenceRules
{
    public static ImmutableArray<StoryEvidence> Evaluate(IEnumerable<StoryDetails> stories, IEnumerable<FileTests> tests)
    {
        var passing = new Dictionary<Guid, (string Test, DateTimeOffset At)>();
        var failing = new Dictionary<Guid, (string Test, DateTimeOffset At)>();
        foreach (var file in tests)
        {
            foreach (var test in file.Tests.Where(t => t.Outcome != TestOutcome.Skipped))
            {
                foreach (Match match in CriterionTag().Matches(test.FullTitle))
                {
                    var id = Guid.Parse(match.Groups[1].Value);
                    var target = test.Outcome == TestOutcome.Passed ? passing : failing;
                    if (!target.TryGetValue(id, out var known) || known.At <= file.ReportedAt)
                    {
                        target[id] = (test.FullTitle, file.ReportedAt);
                    }
                }
            }
        }

        return [.. stories.OrderBy(s => s.CreatedAt).Select(story =>
        {
            var criteria = story.Criteria.Select(c => new CriterionEvidence(c.Id, c.Description,
                passing.TryGetValue(c.Id, out var pass) ? pass.Test : null, passing.TryGetValue(c.Id, out pass) ? pass.At : null,
                failing.TryGetValue(c.Id, out var fail) ? fail.Test : null, failing.TryGetValue(c.Id, out fail) ? fail.At : null)).ToImmutableArray();
            return new StoryEvidence(story.Id, story.Title, criteria.Length > 0 && criteria.All(c => c.LatestPassingTest is not null), criteria);
        })];
    }

    [GeneratedRegex(@"\[criterion:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\]", RegexOptions.CultureInvariant)]
    private static partial Regex CriterionTag();
}
