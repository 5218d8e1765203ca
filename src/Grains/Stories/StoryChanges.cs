using System.Collections.Immutable;
using System.Globalization;

namespace CodeMySpec.Stories;

/// <summary>Pure decisions about story changes: what differs between two versions, and how criteria merge on update.</summary>
internal static class StoryChanges
{
    /// <summary>Every field and criterion that differs, as history records it; empty when nothing changed.</summary>
    public static ImmutableArray<StoryChange> Diff(StoryDetails? before, StoryDetails after)
    {
        var changes = ImmutableArray.CreateBuilder<StoryChange>();
        Add(changes, "title", before?.Title, after.Title);
        Add(changes, "description", before?.Description, after.Description);
        Add(changes, "status", before is null ? null : StoryRules.StatusName(before.Status), StoryRules.StatusName(after.Status));
        Add(changes, "priority", before?.Priority.ToString(CultureInfo.InvariantCulture), after.Priority.ToString(CultureInfo.InvariantCulture));
        Add(changes, "component_id", before?.ComponentId?.ToString(), after.ComponentId?.ToString());

        var old = (before?.Criteria ?? []).ToDictionary(c => c.Id);
        var now = after.Criteria.ToDictionary(c => c.Id);
        foreach (var criterion in before?.Criteria ?? [])
        {
            if (!now.ContainsKey(criterion.Id))
            {
                changes.Add(new StoryChange($"criteria[{criterion.Id}]", criterion.Description, null));
            }
        }

        foreach (var criterion in after.Criteria)
        {
            old.TryGetValue(criterion.Id, out var previous);
            Add(changes, $"criteria[{criterion.Id}]", previous?.Description, criterion.Description);
            if (previous is not null && previous.Verified != criterion.Verified)
            {
                changes.Add(new StoryChange($"criteria[{criterion.Id}].verified", Flag(previous.Verified), Flag(criterion.Verified)));
            }
        }

        var oldOrder = (before?.Criteria ?? []).Where(c => now.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        var newOrder = after.Criteria.Where(c => old.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        if (!oldOrder.SequenceEqual(newOrder))
        {
            changes.Add(new StoryChange("criteria.order", string.Join(",", oldOrder), string.Join(",", newOrder)));
        }

        return changes.ToImmutable();
    }

    /// <summary>
    /// The criteria after an update: every verified criterion stays, in its order, then the new texts. An unverified
    /// criterion whose text comes back keeps its id, so that history shows what really changed.
    /// </summary>
    public static ImmutableArray<Criterion> Merge(ImmutableArray<Criterion> current, ImmutableArray<string> texts)
    {
        var reusable = current.Where(c => !c.Verified).ToList();
        var merged = current.Where(c => c.Verified).ToList();
        foreach (var text in texts)
        {
            var match = reusable.FirstOrDefault(c => c.Description == text);
            if (match is not null)
            {
                reusable.Remove(match);
            }

            merged.Add(match ?? new Criterion(Guid.NewGuid(), text, false, null));
        }

        return [.. merged];
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static void Add(ImmutableArray<StoryChange>.Builder changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new StoryChange(field, before, after));
        }
    }
}
